using System.Globalization;
using InitiativeHub.Application.Exports;
using InitiativeHub.Domain.Text;
using InitiativeHub.Infrastructure.Exports.OpenXml;

namespace InitiativeHub.Infrastructure.Exports.Documents;

/// <summary>
/// Biên bản họp Hội đồng: the council's own header and number series, time and place, members present, the
/// proceedings, the results table (score, votes, conclusion) and the secretary's and chair's signatures.
/// </summary>
public static class CouncilMinutesDocument
{
    public static readonly IReadOnlyList<string> ResultColumns = ["STT", "Tên sáng kiến", "Tác giả", "Điểm", "Số phiếu đồng ý", "Kết luận"];

    public static Task WriteAsync(Stream output, CouncilMinutesData data, ExportProgress progress, CancellationToken cancellationToken)
    {
        using var document = OfficialDocumentWriter.Create(output);
        document.WriteHeader(new OfficialHeader(
            data.Issuer.Name,
            data.CouncilName,
            OfficialDate.DocumentNumber(data.Number, data.Symbol),
            OfficialDate.PlaceAndDate(data.Issuer.Place, data.Date)));
        document.WriteTitle("BIÊN BẢN", data.Subject);
        document.WriteParagraph(data.TimeAndPlace);
        document.WriteParagraph("Thành phần tham dự:", bold: true);
        foreach (var attendee in data.Attendees)
        {
            document.WriteParagraph($"- {attendee.FullName}{(attendee.Position is { } p ? ", " + p : string.Empty)} - {attendee.Role};");
        }

        document.WriteParagraph("Nội dung:", bold: true);
        foreach (var line in data.Proceedings)
        {
            document.WriteParagraph(line);
        }

        document.WriteParagraph("Kết quả:", bold: true);
        document.BeginTable([
            new DocumentColumn(ResultColumns[0], 600, Centered: true),
            new DocumentColumn(ResultColumns[1], 3000),
            new DocumentColumn(ResultColumns[2], 2000),
            new DocumentColumn(ResultColumns[3], 900, Centered: true),
            new DocumentColumn(ResultColumns[4], 1200, Centered: true),
            new DocumentColumn(ResultColumns[5], 1655)]);
        for (var i = 0; i < data.Results.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = data.Results[i];
            document.WriteTableRow([
                (i + 1).ToString(CultureInfo.InvariantCulture), row.Title, row.Authors, AwardeeListDocument.FormatScore(row.Score),
                $"{row.VotesFor}/{row.VotesCast}", row.Conclusion]);
            progress.Row();
        }

        document.EndTable();
        document.WriteParagraph("Biên bản được lập xong và thông qua tại cuộc họp./.", italic: true);
        document.WriteSignature(new SignatureBlock(null, data.Secretary.Title, data.Secretary.Name), []);
        document.WriteSignature(new SignatureBlock(data.Chair.Authority, data.Chair.Title, data.Chair.Name), []);
        return Task.CompletedTask;
    }
}
