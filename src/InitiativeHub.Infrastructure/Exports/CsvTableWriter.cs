using System.Text;
using InitiativeHub.Domain.Exports;

namespace InitiativeHub.Infrastructure.Exports;

/// <summary>
/// Writes CSV as Excel opens it with Vietnamese intact: UTF-8 with a byte-order mark, comma-separated, CRLF line
/// ends, RFC 4180 quoting. Every text field goes through <see cref="SpreadsheetText.Neutralize"/>, so a value typed
/// by a user can never become a formula; numbers are written by the writer itself in invariant form.
/// </summary>
public sealed class CsvTableWriter : IDisposable
{
    private readonly StreamWriter _writer;

    public CsvTableWriter(Stream output)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
    }

    public void WriteRow(IReadOnlyList<OpenXml.XlsxCell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            var cell = cells[i];
            if (cell.Number is { } number)
            {
                _writer.Write(OpenXml.XlsxCell.Invariant(number));
            }
            else
            {
                WriteField(SpreadsheetText.Neutralize(cell.Text?.Normalize(NormalizationForm.FormC)));
            }
        }

        _writer.WriteLine();
    }

    public void Dispose()
    {
        _writer.Flush();
        _writer.Dispose();
    }

    private void WriteField(string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(text);
            return;
        }

        _writer.Write('"');
        _writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }
}
