using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace InitiativeHub.Infrastructure.Exports.OpenXml;

/// <summary>
/// Writes an XLSX workbook row by row with the SAX-style <see cref="OpenXmlWriter"/> into a write-only package, so
/// memory does not grow with the number of rows. Text cells are inline strings (no shared-string table to hold in
/// memory, and never a formula); the writer never emits a formula cell. Styles: 0 plain, 1 bold header with a
/// border, 2 wrapped text with a border, 3 number with a border, 4 bold title.
/// </summary>
public sealed class XlsxStreamWriter : IDisposable
{
    public const uint PlainStyle = 0;
    public const uint HeaderStyle = 1;
    public const uint TextStyle = 2;
    public const uint NumberStyle = 3;
    public const uint TitleStyle = 4;

    private const int MaxSheetNameLength = 31;
    private const string WorkbookPath = "xl/workbook.xml";
    private const string RelationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private readonly StreamingPackage _package;
    private readonly List<(string Name, string RelationshipId)> _sheets = [];
    private OpenXmlWriter? _writer;
    private Stream? _part;
    private uint _rowIndex;
    private bool _disposed;

    private XlsxStreamWriter(Stream output)
    {
        _package = new StreamingPackage(output);
        _package.Relate(string.Empty, StreamingPackage.OfficeDocumentRelationship, WorkbookPath);
        _package.Relate(WorkbookPath, RelationshipBase + "styles", "styles.xml");
        _package.WritePart("xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml", BuildStylesheet());
    }

    /// <summary>Rows written to the current sheet so far.</summary>
    public uint RowCount => _rowIndex;

    public static XlsxStreamWriter Create(Stream output) => new(output);

    /// <summary>A worksheet name Excel accepts: at most 31 characters, none of <c>[ ] : * ? / \</c>, unique in the book.</summary>
    public string UniqueSheetName(string wanted)
    {
        var cleaned = new string(XmlText.Clean(wanted).Select(ch => ch is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? ' ' : ch).ToArray()).Trim().Trim('\'');
        if (cleaned.Length == 0)
        {
            cleaned = "Sheet";
        }

        var name = cleaned.Length > MaxSheetNameLength ? cleaned[..MaxSheetNameLength] : cleaned;
        for (var n = 2; _sheets.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)); n++)
        {
            var suffix = $" ({n})";
            name = (cleaned.Length + suffix.Length > MaxSheetNameLength ? cleaned[..(MaxSheetNameLength - suffix.Length)] : cleaned) + suffix;
        }

        return name;
    }

    /// <summary>Starts a worksheet (ending the previous one) with the given column widths in characters.</summary>
    public void BeginSheet(string name, IReadOnlyList<double> columnWidths)
    {
        EndSheet();
        var sheetName = UniqueSheetName(name);
        var number = _sheets.Count + 1;
        _sheets.Add((sheetName, _package.Relate(WorkbookPath, RelationshipBase + "worksheet", $"worksheets/sheet{number}.xml")));
        _part = _package.CreatePart($"xl/worksheets/sheet{number}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        _writer = OpenXmlWriter.Create(_part, System.Text.Encoding.UTF8);
        _rowIndex = 0;
        _writer.WriteStartDocument();
        _writer.WriteStartElement(new Worksheet());
        if (columnWidths.Count > 0)
        {
            _writer.WriteStartElement(new Columns());
            for (var i = 0; i < columnWidths.Count; i++)
            {
                _writer.WriteElement(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = columnWidths[i], CustomWidth = true });
            }

            _writer.WriteEndElement();
        }

        _writer.WriteStartElement(new SheetData());
    }

    /// <summary>Appends a row; text cells in <paramref name="style"/> (numbers use the number style unless the row is a header or title).</summary>
    public void WriteRow(IReadOnlyList<XlsxCell> cells, uint style = TextStyle)
    {
        var writer = _writer ?? throw new InvalidOperationException("BeginSheet must be called before WriteRow.");
        _rowIndex++;
        writer.WriteStartElement(new Row { RowIndex = _rowIndex });
        for (var i = 0; i < cells.Count; i++)
        {
            var reference = ColumnName(i) + _rowIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var cell = cells[i];
            if (cell.Number is { } number)
            {
                writer.WriteElement(new Cell(new CellValue(XlsxCell.Invariant(number)))
                {
                    CellReference = reference,
                    DataType = CellValues.Number,
                    StyleIndex = style == TextStyle ? NumberStyle : style,
                });
            }
            else
            {
                writer.WriteElement(new Cell(new InlineString(new Text(XmlText.Clean(cell.Text)) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = style,
                });
            }
        }

        writer.WriteEndElement();
    }

    public void EndSheet()
    {
        if (_writer is null)
        {
            return;
        }

        _writer.WriteEndElement(); // sheetData
        _writer.WriteEndElement(); // worksheet
        _writer.Close();
        _writer.Dispose();
        _writer = null;
        _part?.Dispose();
        _part = null;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        EndSheet();
        if (_sheets.Count == 0)
        {
            BeginSheet("Sheet1", []);
            EndSheet();
        }

        var sheets = new Sheets();
        for (var i = 0; i < _sheets.Count; i++)
        {
            sheets.Append(new Sheet { Name = _sheets[i].Name, SheetId = (uint)(i + 1), Id = _sheets[i].RelationshipId });
        }

        _package.WritePart(WorkbookPath, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", new Workbook(sheets));
        _package.Dispose();
    }

    /// <summary>"A" for 0, "Z" for 25, "AA" for 26.</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet BuildStylesheet()
    {
        static Font Font(bool bold)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            font.Append(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" });
            return font;
        }

        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin },
            new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin },
            new BottomBorder { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        return new Stylesheet(
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
                { FontId = 1, FillId = 0, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
                { FontId = 0, FillId = 0, BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
                { FontId = 0, FillId = 0, BorderId = 1, NumberFormatId = 2, ApplyBorder = true, ApplyNumberFormat = true, ApplyAlignment = true },
                new CellFormat { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true })
            { Count = 5 });
    }
}
