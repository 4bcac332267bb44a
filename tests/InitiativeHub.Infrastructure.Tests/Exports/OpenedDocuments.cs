using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace InitiativeHub.Infrastructure.Tests.Exports;

/// <summary>Reads generated files back with DocumentFormat.OpenXml, as Excel and Word would.</summary>
internal static class OpenedDocuments
{
    /// <summary>Every sheet's name and rows (cell texts by column, numbers in invariant form).</summary>
    public static List<(string Name, List<List<string>> Rows, int FormulaCells, List<Cell> Cells)> ReadWorkbook(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var result = new List<(string, List<List<string>>, int, List<Cell>)>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = part.Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? string.Empty).ToList())
                .ToList();
            result.Add((sheet.Name!, rows, part.Worksheet.Descendants<CellFormula>().Count(), part.Worksheet.Descendants<Cell>().ToList()));
        }

        return result;
    }

    public static async Task<byte[]> WriteAsync(Func<Stream, Task> write)
    {
        using var stream = new MemoryStream();
        await write(stream);
        return stream.ToArray();
    }
}
