using System.Text.RegularExpressions;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Directives;

/// <summary>
/// A plan (Kế hoạch, e.g. "45/KH-UBND") an organization issues, usually in response to a directive it received: its
/// themes, slogans, period, the campaigns it runs, and the tasks it assigns to its units (kept as <see cref="PlanTask"/>).
/// </summary>
public sealed partial class Plan
{
    public const int MaxNumberLength = 64;
    public const int MaxTitleLength = 500;
    public const int MaxTasks = 200;

    private Plan()
    {
        Number = string.Empty;
        Title = string.Empty;
        OrganizationName = string.Empty;
        Themes = [];
        Slogans = [];
        CampaignIds = [];
        SortKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>The issuing organization's name in force when the plan was issued.</summary>
    public string OrganizationName { get; private set; }

    /// <summary>The directive this plan answers, when it answers one.</summary>
    public Guid? DirectiveId { get; private set; }

    public string Number { get; private set; }

    public string Title { get; private set; }

    public IReadOnlyList<string> Themes { get; private set; }

    public IReadOnlyList<string> Slogans { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public IReadOnlyList<Guid> CampaignIds { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Keyset order: creation time, then id.</summary>
    public string SortKey { get; private set; }

    /// <summary>
    /// Issues a plan of <paramref name="organization"/>; when it answers <paramref name="directive"/> the organization
    /// must be one of the directive's recipients.
    /// </summary>
    public static Plan Create(Guid id, PlanDraft draft, Organization organization, Directive? directive, Guid createdBy, DateTimeOffset now)
    {
        if (organization.IsMerged)
        {
            throw new DomainException(DirectiveErrorCodes.OrganizationMerged, $"{organization.Name} đã được sáp nhập, không ban hành văn bản mới.", "organizationId");
        }

        if (directive is not null && !directive.IsRecipient(organization.Id))
        {
            throw new DomainException(DirectiveErrorCodes.NotARecipient, "Tổ chức này không nhận văn bản chỉ đạo được trả lời.", "directiveId");
        }

        var number = (VietnameseText.Normalize(draft.Number) ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (number.Length > MaxNumberLength || !PlanNumber().IsMatch(number))
        {
            throw new ValidationException("Số kế hoạch phải có dạng 45/KH-UBND.", "number");
        }

        var title = VietnameseText.Normalize(draft.Title);
        if (string.IsNullOrEmpty(title) || title.Length > MaxTitleLength)
        {
            throw new ValidationException($"Tên kế hoạch không được để trống và không dài quá {MaxTitleLength} ký tự.", "title");
        }

        if (draft.PeriodEnd < draft.PeriodStart)
        {
            throw new ValidationException("Ngày kết thúc phải từ ngày bắt đầu trở đi.", "periodEnd");
        }

        return new Plan
        {
            Id = id,
            OrganizationId = organization.Id,
            OrganizationName = organization.Name,
            DirectiveId = directive?.Id,
            Number = number,
            Title = title,
            Themes = CleanList(draft.Themes),
            Slogans = CleanList(draft.Slogans),
            PeriodStart = draft.PeriodStart,
            PeriodEnd = draft.PeriodEnd,
            CampaignIds = (draft.CampaignIds ?? []).Distinct().ToList(),
            CreatedBy = createdBy,
            CreatedAt = now,
            SortKey = $"{now.UtcTicks:D19}\u0001{id:N}",
        };
    }

    private static List<string> CleanList(IReadOnlyList<string>? items) =>
        (items ?? []).Select(VietnameseText.Normalize).Where(item => !string.IsNullOrEmpty(item)).Select(item => item!).Distinct().ToList();

    // The number may still be blank before signing ("/KH-UBND"), as in the seed plans.
    [GeneratedRegex(@"^\d{0,6}/KH(-[\p{Lu}\d&.]+)+$")]
    private static partial Regex PlanNumber();
}
