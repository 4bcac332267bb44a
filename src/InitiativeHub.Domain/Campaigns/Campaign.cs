using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Campaigns;

/// <summary>
/// A movement, contest or recognition round run by one organization: its window, rubric, tiers, attachment policy
/// and phase. The campaign grain is its single writer.
/// </summary>
public sealed partial class Campaign
{
    public const long DefaultMaxAttachmentBytes = 20L * 1024 * 1024;
    public const long MaxAttachmentBytesLimit = 2L * 1024 * 1024 * 1024 - 1;

    public static readonly IReadOnlyList<string> DefaultAttachmentTypes =
    [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.presentation",
        "image/jpeg",
        "image/png",
        "video/mp4",
    ];

    private static readonly Dictionary<CampaignPhase, CampaignPhase[]> AllowedTransitions = new()
    {
        [CampaignPhase.Draft] = [CampaignPhase.Open],
        [CampaignPhase.Open] = [CampaignPhase.Screening, CampaignPhase.Draft],
        [CampaignPhase.Screening] = [CampaignPhase.Judging, CampaignPhase.Open],
        [CampaignPhase.Judging] = [CampaignPhase.Deliberation],
        [CampaignPhase.Deliberation] = [CampaignPhase.Approval, CampaignPhase.Judging],
        [CampaignPhase.Approval] = [CampaignPhase.Published, CampaignPhase.Deliberation],
        [CampaignPhase.Published] = [CampaignPhase.Archived],
        [CampaignPhase.Archived] = [],
    };

    private Campaign()
    {
        Title = string.Empty;
        SearchKey = string.Empty;
        SortKey = string.Empty;
        Themes = [];
        Slogans = [];
        LegalBasis = [];
        Categories = [];
        AwardTiers = [];
        AllowedAttachmentTypes = [];
        Rubric = null!;
    }

    public Guid Id { get; private set; }

    public string? Code { get; private set; }

    public string Title { get; private set; }

    public CampaignKind Kind { get; private set; }

    public Occasion Occasion { get; private set; }

    public Guid OrganizerId { get; private set; }

    public IReadOnlyList<string> Themes { get; private set; }

    public IReadOnlyList<string> Slogans { get; private set; }

    public IReadOnlyList<string> LegalBasis { get; private set; }

    public CampaignPhase Phase { get; private set; }

    public DateTimeOffset SubmissionOpensAt { get; private set; }

    public DateTimeOffset SubmissionClosesAt { get; private set; }

    public bool BlindReview { get; private set; }

    /// <summary>Whether a judge from the entry's organization is conflicted.</summary>
    public bool ConflictIfSameOrganization { get; private set; }

    public IReadOnlyList<Category> Categories { get; private set; }

    public Rubric Rubric { get; private set; }

    public IReadOnlyList<AwardTier> AwardTiers { get; private set; }

    public long MaxAttachmentBytes { get; private set; }

    public IReadOnlyList<string> AllowedAttachmentTypes { get; private set; }

    public string SearchKey { get; private set; }

    /// <summary>Keyset order: newest window first (descending close time encoded ascending), then id.</summary>
    public string SortKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public PhasePermissions Permissions => PhasePermissions.For(Phase);

    public static Campaign Create(Guid id, CampaignDefinition definition, DateTimeOffset now)
    {
        var title = CleanTitle(definition.Title);
        EnsureWindow(definition.SubmissionOpensAt, definition.SubmissionClosesAt);
        var categories = CleanCategoryNames(definition.Categories);
        var tiers = CleanTiers(definition.AwardTiers, []);
        var maxBytes = CleanMaxAttachmentBytes(definition.MaxAttachmentBytes);
        var types = CleanAttachmentTypes(definition.AllowedAttachmentTypes);
        var campaign = new Campaign
        {
            Id = id,
            Code = CleanCode(definition.Code),
            Title = title,
            Kind = definition.Kind,
            Occasion = definition.Occasion,
            OrganizerId = definition.OrganizerId,
            Themes = CleanList(definition.Themes),
            Slogans = CleanList(definition.Slogans),
            LegalBasis = CleanList(definition.LegalBasis),
            Phase = CampaignPhase.Draft,
            SubmissionOpensAt = definition.SubmissionOpensAt.ToUniversalTime(),
            SubmissionClosesAt = definition.SubmissionClosesAt.ToUniversalTime(),
            BlindReview = definition.BlindReview,
            ConflictIfSameOrganization = definition.ConflictIfSameOrganization,
            Categories = categories.Select(name => new Category(Guid.CreateVersion7(), name)).ToList(),
            Rubric = definition.Rubric,
            AwardTiers = tiers,
            MaxAttachmentBytes = maxBytes,
            AllowedAttachmentTypes = types,
            CreatedAt = now,
            UpdatedAt = now,
        };
        campaign.RefreshKeys();
        return campaign;
    }

    /// <summary>True while submissions are accepted: the phase is OPEN and the server clock is inside the window.</summary>
    public bool IsAcceptingSubmissions(DateTimeOffset now) =>
        Phase == CampaignPhase.Open && now >= SubmissionOpensAt && now < SubmissionClosesAt;

    /// <summary>Throws the reason submissions are not accepted now (wrong phase, not yet open, deadline passed).</summary>
    public void EnsureAcceptingSubmissions(DateTimeOffset now)
    {
        if (Phase != CampaignPhase.Open)
        {
            throw new DomainException(ErrorCodes.WrongPhase, "Phong trào hiện không nhận hồ sơ.");
        }

        if (now < SubmissionOpensAt)
        {
            throw new DomainException(ErrorCodes.WrongPhase, "Phong trào chưa mở nhận hồ sơ.");
        }

        if (now >= SubmissionClosesAt)
        {
            throw new DomainException(ErrorCodes.DeadlinePassed, "Đã hết thời hạn nộp hồ sơ.");
        }
    }

    public Category GetCategory(Guid categoryId) =>
        Categories.FirstOrDefault(c => c.Id == categoryId) ?? throw new ValidationException("Lĩnh vực không thuộc phong trào này.", "categoryId");

    /// <summary>Moves to <paramref name="target"/> when the rules allow it; going back to DRAFT needs no submissions.</summary>
    public void ChangePhase(CampaignPhase target, int submittedEntries, DateTimeOffset now)
    {
        if (!AllowedTransitions[Phase].Contains(target))
        {
            throw new DomainException(ErrorCodes.WrongPhase, $"Không thể chuyển phong trào từ giai đoạn {Phase} sang {target}.");
        }

        if (target == CampaignPhase.Draft && submittedEntries > 0)
        {
            throw new DomainException(ErrorCodes.WrongPhase, "Phong trào đã có hồ sơ nộp nên không thể trở về bản nháp.");
        }

        Phase = target;
        UpdatedAt = now;
    }

    /// <summary>The phases reachable from the current one.</summary>
    public IReadOnlyList<CampaignPhase> NextPhases => AllowedTransitions[Phase];

    public static string SortKeyFor(DateTimeOffset closesAt, Guid id) =>
        $"{DateTimeOffset.MaxValue.UtcTicks - closesAt.UtcTicks:D19}\u0001{id:N}";

    private void RefreshKeys()
    {
        SearchKey = VietnameseText.Fold($"{Title} {Code} {string.Join(' ', Themes)}");
        SortKey = SortKeyFor(SubmissionClosesAt, Id);
    }

    private static string CleanTitle(string? title) => Required(title, 300, "title", "Tên phong trào");

    private static string? CleanCode(string? code)
    {
        var clean = VietnameseText.Normalize(code);
        return string.IsNullOrEmpty(clean) ? null : clean;
    }

    private static void EnsureWindow(DateTimeOffset opensAt, DateTimeOffset closesAt)
    {
        if (closesAt <= opensAt)
        {
            throw new ValidationException("Thời hạn nộp phải sau thời điểm mở nhận.", "submissionClosesAt");
        }
    }

    private static List<string> CleanCategoryNames(IEnumerable<string> names)
    {
        var categories = names.Select(name => Required(name, 200, "categories", "Tên lĩnh vực")).ToList();
        if (categories.Count == 0)
        {
            throw new ValidationException("Phong trào phải có ít nhất một lĩnh vực.", "categories");
        }

        if (categories.Select(VietnameseText.Fold).Distinct(StringComparer.Ordinal).Count() != categories.Count)
        {
            throw new ValidationException("Tên lĩnh vực bị trùng.", "categories");
        }

        return categories;
    }

    /// <summary>Checks the tiers; a tier without id keeps the id of a current tier of the same name (ignoring case and marks).</summary>
    private static List<AwardTier> CleanTiers(IReadOnlyList<AwardTier> given, IReadOnlyList<AwardTier> current) =>
        given.Select(tier =>
        {
            if (tier.Quota is < 0)
            {
                throw new ValidationException("Số lượng giải không được âm.", "awardTiers");
            }

            var name = Required(tier.Name, 200, "awardTiers", "Tên hạng giải");
            var id = tier.Id != Guid.Empty
                ? tier.Id
                : current.FirstOrDefault(t => VietnameseText.Fold(t.Name) == VietnameseText.Fold(name))?.Id ?? Guid.CreateVersion7();
            return tier with { Id = id, Name = name };
        }).ToList();

    private static long CleanMaxAttachmentBytes(long? given)
    {
        var maxBytes = given ?? DefaultMaxAttachmentBytes;
        return maxBytes <= 0 || maxBytes > MaxAttachmentBytesLimit
            ? throw new ValidationException("Dung lượng tệp đính kèm tối đa không hợp lệ.", "maxAttachmentBytes")
            : maxBytes;
    }

    private static List<string> CleanAttachmentTypes(IReadOnlyList<string>? given) =>
        given is { Count: > 0 }
            ? given.Select(t => t.Trim().ToLowerInvariant()).Distinct().ToList()
            : [.. DefaultAttachmentTypes];

    private static string Required(string? value, int maxLength, string field, string label)
    {
        var clean = VietnameseText.Normalize(value);
        if (string.IsNullOrEmpty(clean))
        {
            throw new ValidationException($"{label} không được để trống.", field);
        }

        return clean.Length <= maxLength ? clean : throw new ValidationException($"{label} không được dài quá {maxLength} ký tự.", field);
    }

    private static List<string> CleanList(IReadOnlyList<string>? values) =>
        (values ?? []).Select(VietnameseText.Normalize).Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
}
