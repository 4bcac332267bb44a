using System.Globalization;
using InitiativeHub.Application.Exports;
using InitiativeHub.Domain.Text;
using InitiativeHub.Infrastructure.Exports.OpenXml;

namespace InitiativeHub.Infrastructure.Exports.Documents;

/// <summary>
/// Danh sách khen thưởng as XLSX, CSV and DOCX: section "I. Cá nhân" then "II. Tập thể", numbered per section, with
/// the columns STT, Họ và tên, Chức vụ, Đơn vị, Thành tích, Hình thức khen thưởng, Điểm. Pure: data in, file out.
/// </summary>
public static class AwardeeListDocument
{
    public const string IndividualsSection = "I. Cá nhân";
    public const string CollectivesSection = "II. Tập thể";

    public static readonly IReadOnlyList<string> Columns = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng", "Điểm"];

    public static async Task WriteXlsxAsync(Stream output, AwardeeListData data, ExportProgress progress, CancellationToken cancellationToken)
    {
        using var book = XlsxStreamWriter.Create(output);
        book.BeginSheet("Danh sách khen thưởng", [6, 28, 20, 28, 40, 24, 8]);
        book.WriteRow([data.Title.ToUpperInvariant()], XlsxStreamWriter.TitleStyle);
        if (data.Reference is { } reference)
        {
            book.WriteRow([reference], XlsxStreamWriter.PlainStyle);
        }

        book.WriteRow(Columns.Select(XlsxCell.FromString).ToList(), XlsxStreamWriter.HeaderStyle);
        await foreach (var (section, number, row) in Sections(data, cancellationToken))
        {
            if (row is null)
            {
                book.WriteRow([section], XlsxStreamWriter.TitleStyle);
                continue;
            }

            book.WriteRow(Cells(number, row));
            progress.Row();
        }
    }

    public static async Task WriteCsvAsync(Stream output, AwardeeListData data, ExportProgress progress, CancellationToken cancellationToken)
    {
        using var csv = new CsvTableWriter(output);
        csv.WriteRow(["Phần", .. Columns.Select(XlsxCell.FromString)]);
        await foreach (var (section, number, row) in Sections(data, cancellationToken))
        {
            if (row is not null)
            {
                csv.WriteRow([section, .. Cells(number, row)]);
                progress.Row();
            }
        }
    }

    public static async Task WriteDocxAsync(Stream output, AwardeeListData data, ExportProgress progress, CancellationToken cancellationToken)
    {
        using var document = OfficialDocumentWriter.Create(output);
        document.WriteHeader(new OfficialHeader(
            data.Issuer.ParentAuthority, data.Issuer.Name, string.Empty, OfficialDate.PlaceAndDate(data.Issuer.Place, data.Date)));
        await WriteListAsync(document, data, progress, cancellationToken);
    }

    /// <summary>The list's title and table, as written on its own or attached to a decision.</summary>
    public static async Task WriteListAsync(OfficialDocumentWriter document, AwardeeListData data, ExportProgress progress, CancellationToken cancellationToken)
    {
        document.WriteCentered(data.Title.ToUpperInvariant());
        if (data.Reference is { } reference)
        {
            document.WriteCentered(reference, bold: false, italic: true);
        }

        document.BeginTable([
            new DocumentColumn(Columns[0], 600, Centered: true),
            new DocumentColumn(Columns[1], 1900),
            new DocumentColumn(Columns[2], 1200),
            new DocumentColumn(Columns[3], 1500),
            new DocumentColumn(Columns[4], 1800),
            new DocumentColumn(Columns[5], 1600),
            new DocumentColumn(Columns[6], 755, Centered: true)]);
        await foreach (var (section, number, row) in Sections(data, cancellationToken))
        {
            if (row is null)
            {
                document.WriteTableSection(section);
                continue;
            }

            document.WriteTableRow([
                number.ToString(CultureInfo.InvariantCulture), row.FullName, row.Position, row.Unit, row.Achievement, row.AwardForm, FormatScore(row.Score)]);
            progress.Row();
        }

        document.EndTable();
    }

    /// <summary>"87,5": the score as Vietnamese write decimals.</summary>
    public static string FormatScore(decimal? score) =>
        score is { } s ? s.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN")) : string.Empty;

    private static List<XlsxCell> Cells(int number, AwardeeRow row) =>
        [XlsxCell.Of(number), row.FullName, row.Position, row.Unit, row.Achievement, row.AwardForm, XlsxCell.Of(row.Score)];

    /// <summary>Each section's heading (row null) followed by its rows numbered from 1; an empty section is left out.</summary>
    private static async IAsyncEnumerable<(string Section, int Number, AwardeeRow? Row)> Sections(
        AwardeeListData data, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var (section, rows) in new[] { (IndividualsSection, data.Individuals), (CollectivesSection, data.Collectives) })
        {
            var number = 0;
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                if (number == 0)
                {
                    yield return (section, 0, null);
                }

                yield return (section, ++number, row);
            }
        }
    }
}
