using InitiativeHub.Application.Exports;
using InitiativeHub.Domain.Text;
using InitiativeHub.Infrastructure.Exports.OpenXml;

namespace InitiativeHub.Infrastructure.Exports.Documents;

/// <summary>
/// Dự thảo Quyết định khen thưởng in the Nghị định 30/2020 layout: header, "QUYẾT ĐỊNH" and its summary, the deciding
/// authority, căn cứ, "QUYẾT ĐỊNH:", Điều 1–3, signature and Nơi nhận, then the attached DANH SÁCH on a new page.
/// </summary>
public static class DecisionDraftDocument
{
    public static async Task WriteAsync(Stream output, DecisionDraftData data, ExportProgress progress, CancellationToken cancellationToken)
    {
        using var document = OfficialDocumentWriter.Create(output);
        document.WriteHeader(new OfficialHeader(
            data.Issuer.ParentAuthority,
            data.Issuer.Name,
            OfficialDate.DocumentNumber(data.Number, data.Symbol),
            OfficialDate.PlaceAndDate(data.Issuer.Place, data.Date)));
        document.WriteTitle("QUYẾT ĐỊNH", data.Summary);
        document.WriteCentered(data.Authority.ToUpperInvariant());
        document.WriteBases(data.Bases);
        document.WriteCentered("QUYẾT ĐỊNH:");
        for (var i = 0; i < data.Articles.Count; i++)
        {
            var text = data.Articles[i];
            document.WriteArticle(i + 1, i == data.Articles.Count - 1 && !text.EndsWith("./.", StringComparison.Ordinal) ? text.TrimEnd('.') + "./." : text);
        }

        document.WriteSignature(new SignatureBlock(data.Signer.Authority, data.Signer.Title, data.Signer.Name), data.Recipients);
        document.WritePageBreak();
        await AwardeeListDocument.WriteListAsync(document, data.Annex, progress, cancellationToken);
    }
}
