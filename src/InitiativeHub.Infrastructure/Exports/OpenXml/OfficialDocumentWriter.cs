using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace InitiativeHub.Infrastructure.Exports.OpenXml;

/// <summary>
/// Builds a DOCX in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: A4 portrait, margins 20/20/30/15 mm, Times New
/// Roman 14 pt (the header 13 pt, Nơi nhận 12/11 pt), justified body with a 1 cm first-line indent and 6 pt after each
/// paragraph, page numbers centred at the top and hidden on page 1. The body is streamed with
/// <see cref="OpenXmlWriter"/>, so a long attached list costs no memory per row. Used by every official document:
/// the decision draft, the awardee list, the council minutes and the results report.
/// </summary>
public sealed class OfficialDocumentWriter : IDisposable
{
    /// <summary>Text width of an A4 page between 30 mm and 15 mm margins, in twentieths of a point.</summary>
    public const int TextWidth = 11906 - 1701 - 850;

    private const string FontName = "Times New Roman";
    private const int BodySize = 28;
    private const int HeaderSize = 26;
    private const int FirstLineIndent = 567;
    private const string DocumentPath = "word/document.xml";
    private const string RelationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private readonly StreamingPackage _package;
    private readonly Stream _part;
    private readonly OpenXmlWriter _writer;
    private readonly string _headerPartId;
    private IReadOnlyList<DocumentColumn>? _table;
    private bool _disposed;

    private OfficialDocumentWriter(Stream output)
    {
        _package = new StreamingPackage(output);
        _package.Relate(string.Empty, StreamingPackage.OfficeDocumentRelationship, DocumentPath);
        _package.Relate(DocumentPath, RelationshipBase + "styles", "styles.xml");
        _package.WritePart("word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", BuildStyles());
        _headerPartId = _package.Relate(DocumentPath, RelationshipBase + "header", "header1.xml");
        _package.WritePart("word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml", new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("2")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }))));
        _part = _package.CreatePart(DocumentPath, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        _writer = OpenXmlWriter.Create(_part, System.Text.Encoding.UTF8);
        _writer.WriteStartDocument();
        _writer.WriteStartElement(new Document());
        _writer.WriteStartElement(new Body());
    }

    public static OfficialDocumentWriter Create(Stream output) => new(output);

    /// <summary>The two-column header: issuer and number on the left, the national motto and the date on the right.</summary>
    public void WriteHeader(OfficialHeader header)
    {
        const int left = 3900;
        const int right = TextWidth - left;
        var leftCell = new List<Paragraph>();
        if (header.ParentAuthority is { } parent)
        {
            leftCell.Add(Centered(Text(parent.ToUpperInvariant(), size: HeaderSize)));
        }

        leftCell.Add(Centered(Text(header.Issuer.ToUpperInvariant(), bold: true, size: HeaderSize)));
        leftCell.Add(Rule(indent: 1100));
        var rightCell = new List<Paragraph>
        {
            Centered(Text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: HeaderSize)),
            Centered(Text("Độc lập - Tự do - Hạnh phúc", bold: true)),
            Rule(indent: 1050),
        };
        var table = BorderlessTable(left, right);
        table.Append(new TableRow(Cell(left, leftCell), Cell(right, rightCell)));
        table.Append(new TableRow(
            Cell(left, [Centered(Text(header.NumberLine, size: HeaderSize))]),
            Cell(right, [Centered(Text(header.PlaceAndDate, italic: true))])));
        _writer.WriteElement(table);
        _writer.WriteElement(Centered());
    }

    /// <summary>The document type in capitals ("QUYẾT ĐỊNH") and its summary (trích yếu) with a short rule below.</summary>
    public void WriteTitle(string type, string? summary)
    {
        _writer.WriteElement(Centered(Text(type.ToUpperInvariant(), bold: true)));
        if (summary is not null)
        {
            foreach (var line in summary.Split('\n'))
            {
                _writer.WriteElement(Centered(Text(line, bold: true)));
            }
        }

        _writer.WriteElement(Rule(indent: (TextWidth / 2) - 900));
    }

    /// <summary>A centred line, e.g. the deciding authority "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG …" or "QUYẾT ĐỊNH:".</summary>
    public void WriteCentered(string text, bool bold = true, bool italic = false) =>
        _writer.WriteElement(Centered(Text(text, bold: bold, italic: italic)));

    /// <summary>The legal bases in italics, each on its own line ending with ";", the last with ".".</summary>
    public void WriteBases(IReadOnlyList<string> bases)
    {
        for (var i = 0; i < bases.Count; i++)
        {
            var text = bases[i].Trim().TrimEnd(';', '.', ',');
            _writer.WriteElement(Body(Text(text + (i == bases.Count - 1 ? "." : ";"), italic: true)));
        }
    }

    /// <summary>A justified body paragraph with a first-line indent.</summary>
    public void WriteParagraph(string text, bool bold = false, bool italic = false) =>
        _writer.WriteElement(Body(Text(text, bold: bold, italic: italic)));

    /// <summary>"Điều 1." in bold followed by the article's text.</summary>
    public void WriteArticle(int number, string text) =>
        _writer.WriteElement(Body(Text($"Điều {number}. ", bold: true), Text(text)));

    /// <summary>The closing block: Nơi nhận on the left (12 pt bold italic heading, 11 pt lines), the signer on the right.</summary>
    public void WriteSignature(SignatureBlock signature, IReadOnlyList<string> recipients)
    {
        const int left = 4300;
        const int right = TextWidth - left;
        var leftCell = new List<Paragraph>();
        if (recipients.Count > 0)
        {
            leftCell.Add(Plain(Text("Nơi nhận:", bold: true, italic: true, size: 24)));
            for (var i = 0; i < recipients.Count; i++)
            {
                var line = recipients[i].Trim().TrimEnd(';', '.');
                leftCell.Add(Plain(Text($"- {line}{(i == recipients.Count - 1 ? "." : ";")}", size: 22)));
            }
        }
        else
        {
            leftCell.Add(Plain());
        }

        var rightCell = new List<Paragraph>();
        if (signature.Authority is { } authority)
        {
            rightCell.Add(Centered(Text(authority.ToUpperInvariant(), bold: true)));
        }

        rightCell.Add(Centered(Text(signature.Title.ToUpperInvariant(), bold: true)));
        for (var i = 0; i < 4; i++)
        {
            rightCell.Add(Centered());
        }

        rightCell.Add(Centered(Text(signature.SignerName ?? string.Empty, bold: true)));
        var table = BorderlessTable(left, right);
        table.Append(new TableRow(Cell(left, leftCell), Cell(right, rightCell)));
        _writer.WriteElement(table);
    }

    public void WritePageBreak() => _writer.WriteElement(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>Starts a bordered table whose header row repeats on every page.</summary>
    public void BeginTable(IReadOnlyList<DocumentColumn> columns)
    {
        if (_table is not null)
        {
            throw new InvalidOperationException("A table is already open.");
        }

        _table = columns;
        _writer.WriteStartElement(new Table());
        var single = new EnumValue<BorderValues>(BorderValues.Single);
        _writer.WriteElement(new TableProperties(
            new TableWidth { Width = columns.Sum(c => c.Width).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = single, Size = 4 },
                new LeftBorder { Val = single, Size = 4 },
                new BottomBorder { Val = single, Size = 4 },
                new RightBorder { Val = single, Size = 4 },
                new InsideHorizontalBorder { Val = single, Size = 4 },
                new InsideVerticalBorder { Val = single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        _writer.WriteElement(new TableGrid(columns.Select(c => new GridColumn { Width = c.Width.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var column in columns)
        {
            header.Append(Cell(column.Width, [Centered(Text(column.Header, bold: true, size: 24))]));
        }

        _writer.WriteElement(header);
    }

    /// <summary>A row of the open table, one text per column (line breaks kept).</summary>
    public void WriteTableRow(IReadOnlyList<string?> cells)
    {
        var columns = _table ?? throw new InvalidOperationException("BeginTable must be called first.");
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        for (var i = 0; i < columns.Count; i++)
        {
            var text = i < cells.Count ? cells[i] ?? string.Empty : string.Empty;
            var paragraph = columns[i].Centered ? Centered(Text(text, size: 24)) : Plain(Text(text, size: 24));
            row.Append(Cell(columns[i].Width, [paragraph]));
        }

        _writer.WriteElement(row);
    }

    /// <summary>A bold row spanning the whole table, e.g. "I. Cá nhân".</summary>
    public void WriteTableSection(string text)
    {
        var columns = _table ?? throw new InvalidOperationException("BeginTable must be called first.");
        var cell = Cell(columns.Sum(c => c.Width), [Plain(Text(text, bold: true, size: 24))]);
        cell.TableCellProperties!.Append(new GridSpan { Val = columns.Count });
        _writer.WriteElement(new TableRow(cell));
    }

    public void EndTable()
    {
        if (_table is null)
        {
            return;
        }

        _writer.WriteEndElement();
        _table = null;
        _writer.WriteElement(Plain());
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        EndTable();
        _writer.WriteElement(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = _headerPartId },
            new PageSize { Width = 11906, Height = 16838, Orient = PageOrientationValues.Portrait },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 567, Footer = 567, Gutter = 0 },
            new TitlePage()));
        _writer.WriteEndElement(); // body
        _writer.WriteEndElement(); // document
        _writer.Close();
        _writer.Dispose();
        _part.Dispose();
        _package.Dispose();
    }

    private static Run Text(string text, bool bold = false, bool italic = false, int? size = null)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        if (size is { } s)
        {
            properties.Append(new FontSize { Val = s.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var run = new Run(properties);
        var lines = XmlText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    private static Paragraph Centered(params Run[] runs) => Paragraph(JustificationValues.Center, 0, 0, runs);

    private static Paragraph Plain(params Run[] runs) => Paragraph(JustificationValues.Left, 0, 0, runs);

    private static Paragraph Body(params Run[] runs) => Paragraph(JustificationValues.Both, FirstLineIndent, 120, runs);

    private static Paragraph Paragraph(JustificationValues justification, int firstLine, int after, Run[] runs)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { After = after.ToString(System.Globalization.CultureInfo.InvariantCulture), Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { FirstLine = firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new Justification { Val = justification });
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>An empty paragraph drawn as a solid rule, shortened by the indent on both sides.</summary>
    private static Paragraph Rule(int indent) => new(new ParagraphProperties(
        new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1 }),
        new SpacingBetweenLines { After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact },
        new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture), Right = indent.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

    private static Table BorderlessTable(params int[] widths)
    {
        var none = new EnumValue<BorderValues>(BorderValues.None);
        return new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = none }, new LeftBorder { Val = none }, new BottomBorder { Val = none },
                    new RightBorder { Val = none }, new InsideHorizontalBorder { Val = none }, new InsideVerticalBorder { Val = none }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
    }

    private static TableCell Cell(int width, IReadOnlyList<Paragraph> paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs);
        return cell;
    }

    private static Styles BuildStyles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
                new Color { Val = "000000" },
                new FontSize { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
}
