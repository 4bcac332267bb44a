using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Directives;

/// <summary>
/// A directive (công văn) from an organization to lower organizations asking them to act in a period and report by a
/// due date. The issuer's name is kept as it was when issued: a later rename or merge does not rewrite the document.
/// </summary>
public sealed class Directive
{
    public const int MaxCodeLength = 64;
    public const int MaxTitleLength = 500;
    public const int MaxContentLength = 20_000;
    public const int MaxRecipients = 500;

    private Directive()
    {
        Code = string.Empty;
        Title = string.Empty;
        IssuerName = string.Empty;
        LegalBasis = [];
        RecipientIds = [];
        SortKey = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The document number, e.g. "1456/SKHCN-QLCN".</summary>
    public string Code { get; private set; }

    public string Title { get; private set; }

    public Guid IssuerId { get; private set; }

    /// <summary>The issuer's name in force when the directive was issued.</summary>
    public string IssuerName { get; private set; }

    /// <summary>First day of the period reported on (Vietnam calendar).</summary>
    public DateOnly PeriodStart { get; private set; }

    /// <summary>Last day of the period reported on, inclusive.</summary>
    public DateOnly PeriodEnd { get; private set; }

    public DateTimeOffset ReportDueAt { get; private set; }

    /// <summary>Căn cứ: the documents this directive implements.</summary>
    public IReadOnlyList<string> LegalBasis { get; private set; }

    /// <summary>What the recipients are asked to do and report.</summary>
    public string? RequestedContent { get; private set; }

    public IReadOnlyList<Guid> RecipientIds { get; private set; }

    public Guid IssuedBy { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>Keyset order: newest first is read as descending; issue time then id.</summary>
    public string SortKey { get; private set; }

    /// <summary>Issues a directive of <paramref name="issuer"/> to <paramref name="recipients"/>; every rule is checked before anything is kept.</summary>
    public static Directive Issue(Guid id, DirectiveDraft draft, Organization issuer, IReadOnlyList<Organization> recipients, Guid issuedBy, DateTimeOffset now)
    {
        if (issuer.IsMerged)
        {
            throw new DomainException(DirectiveErrorCodes.OrganizationMerged, $"{issuer.Name} đã được sáp nhập, không ban hành văn bản mới.", "issuerId");
        }

        var code = Required(draft.Code, MaxCodeLength, "Số văn bản", "code");
        var title = Required(draft.Title, MaxTitleLength, "Trích yếu", "title");
        if (draft.PeriodEnd < draft.PeriodStart)
        {
            throw new ValidationException("Ngày kết thúc kỳ báo cáo phải từ ngày bắt đầu trở đi.", "periodEnd");
        }

        if (draft.ReportDueAt <= now)
        {
            throw new ValidationException("Hạn báo cáo phải sau thời điểm ban hành.", "reportDueAt");
        }

        var content = VietnameseText.Normalize(draft.RequestedContent);
        if (content is { Length: > MaxContentLength })
        {
            throw new ValidationException($"Nội dung đề nghị không được dài quá {MaxContentLength} ký tự.", "requestedContent");
        }

        var legalBasis = (draft.LegalBasis ?? [])
            .Select(VietnameseText.Normalize)
            .Where(b => !string.IsNullOrEmpty(b))
            .Select(b => b!.Length <= MaxTitleLength ? b : throw new ValidationException($"Mỗi căn cứ không được dài quá {MaxTitleLength} ký tự.", "legalBasis"))
            .ToList();

        if (recipients.Count == 0)
        {
            throw new ValidationException("Văn bản cần ít nhất một nơi nhận.", "recipientIds");
        }

        if (recipients.Count > MaxRecipients)
        {
            throw new ValidationException($"Văn bản không gửi quá {MaxRecipients} nơi nhận.", "recipientIds");
        }

        if (recipients.Select(r => r.Id).Distinct().Count() != recipients.Count)
        {
            throw new ValidationException("Một nơi nhận được ghi hai lần.", "recipientIds");
        }

        foreach (var recipient in recipients)
        {
            DirectiveRecipients.Ensure(issuer, recipient);
        }

        return new Directive
        {
            Id = id,
            Code = code,
            Title = title,
            IssuerId = issuer.Id,
            IssuerName = issuer.Name,
            PeriodStart = draft.PeriodStart,
            PeriodEnd = draft.PeriodEnd,
            ReportDueAt = draft.ReportDueAt,
            LegalBasis = legalBasis,
            RequestedContent = string.IsNullOrEmpty(content) ? null : content,
            RecipientIds = recipients.Select(r => r.Id).ToList(),
            IssuedBy = issuedBy,
            IssuedAt = now,
            SortKey = $"{now.UtcTicks:D19}\u0001{id:N}",
        };
    }

    public bool IsRecipient(Guid organizationId) => RecipientIds.Contains(organizationId);

    private static string Required(string? value, int maxLength, string label, string field)
    {
        var clean = VietnameseText.Normalize(value);
        if (string.IsNullOrEmpty(clean))
        {
            throw new ValidationException($"{label} không được để trống.", field);
        }

        return clean.Length <= maxLength ? clean : throw new ValidationException($"{label} không được dài quá {maxLength} ký tự.", field);
    }
}
