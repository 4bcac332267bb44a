using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace InitiativeHub.Domain.Entries;

/// <summary>
/// The tamper-evident digest of a submission: SHA-256 over a canonical JSON form of the submitted content (fixed
/// field order, NFC text, invariant formats) followed by every attachment's SHA-256 in a fixed order. Anyone holding
/// the receipt can check it later against what is on record.
/// </summary>
public static class ReceiptDigest
{
    private static readonly JsonSerializerOptions Canonical = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>The canonical form that is hashed (also stored with the frozen version).</summary>
    public static string CanonicalForm(Guid entryId, int version, Guid campaignId, Guid categoryId, EntryKind kind, SubmitterKind submitterKind, EntryContent content, IEnumerable<EntryAttachment> attachments)
    {
        var form = new
        {
            entryId = entryId.ToString("N"),
            version,
            campaignId = campaignId.ToString("N"),
            categoryId = categoryId.ToString("N"),
            kind = kind.ToString(),
            submitterKind = submitterKind.ToString(),
            content.Title,
            content.FieldOfApplication,
            firstAppliedOn = content.FirstAppliedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            content.Description,
            content.ApplicationConditions,
            content.ConfidentialInformation,
            content.Benefits,
            content.BenefitsByApplier,
            content.Investor,
            authors = content.Authors.Select(a => new
            {
                a.FullName,
                dateOfBirth = a.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                a.Workplace,
                a.Position,
                a.Qualification,
                contributionPercent = a.ContributionPercent.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
            }),
            trialParticipants = content.TrialParticipants.Select(p => new { p.FullName, p.Workplace, p.Position, p.Qualification, p.SupportContent }),
            attachments = attachments
                .OrderBy(a => a.Sha256, StringComparer.Ordinal).ThenBy(a => a.FileName, StringComparer.Ordinal)
                .Select(a => new { a.FileName, a.ContentType, a.SizeBytes, sha256 = a.Sha256 }),
        };
        return JsonSerializer.Serialize(form, Canonical);
    }

    public static string Compute(string canonicalForm) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalForm)));
}
