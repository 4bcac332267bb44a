using InitiativeHub.Domain.Common;

namespace InitiativeHub.Domain.Campaigns;

/// <summary>
/// Editing a campaign after creation. The phase decides what may change (the pretalx phase-as-permission model):
/// <list type="bullet">
/// <item>DRAFT: everything, checked as at creation.</item>
/// <item>Presentation (code, title, occasion, themes, slogans, legal basis): until the results are published.</item>
/// <item>Kind: only in DRAFT.</item>
/// <item>Window while OPEN: the opening time only while it is still ahead; the deadline may move later (to a time
/// still ahead, even after it passed, which reopens submissions), or earlier only while it is still ahead and to no
/// less than <see cref="MinimumNoticeForEarlierDeadline"/> from now. From SCREENING on the window is locked (reopen by
/// moving the phase back to OPEN).</item>
/// <item>Categories and attachment policy until JUDGING: categories may be added, and renamed or removed when no entry
/// or panel uses them; the size limit never shrinks and a type that an attachment already has is never dropped.</item>
/// <item>Rubric and award tiers until JUDGING (no score sheet exists before it).</item>
/// <item>Blind review and the same-organization conflict rule until judges are assigned.</item>
/// </list>
/// A value equal to the current one is no change, so a form may send back locked fields as they are.
/// </summary>
public sealed partial class Campaign
{
    /// <summary>How far ahead a deadline moved earlier must still be, so submitters are not caught out.</summary>
    public static readonly TimeSpan MinimumNoticeForEarlierDeadline = TimeSpan.FromDays(3);

    /// <summary>Why <paramref name="section"/> cannot change now, or <see cref="CampaignEditLock.None"/>.</summary>
    public CampaignEditLock LockOf(CampaignSection section, bool hasAssignments)
    {
        if (Phase is CampaignPhase.Published or CampaignPhase.Archived)
        {
            return CampaignEditLock.ResultsPublished;
        }

        var scoringStarted = Phase >= CampaignPhase.Judging;
        return section switch
        {
            CampaignSection.Presentation => CampaignEditLock.None,
            CampaignSection.Kind => Phase == CampaignPhase.Draft ? CampaignEditLock.None : CampaignEditLock.DraftOnly,
            CampaignSection.Window => Phase is CampaignPhase.Draft or CampaignPhase.Open ? CampaignEditLock.None : CampaignEditLock.SubmissionsClosed,
            CampaignSection.Review when scoringStarted => CampaignEditLock.ScoringStarted,
            CampaignSection.Review => hasAssignments ? CampaignEditLock.JudgesAssigned : CampaignEditLock.None,
            _ => scoringStarted ? CampaignEditLock.ScoringStarted : CampaignEditLock.None,
        };
    }

    /// <summary>True when the opening time can no longer move: submissions may already have been made.</summary>
    public bool IsOpeningTimeLocked(DateTimeOffset now) => Phase != CampaignPhase.Draft && now >= SubmissionOpensAt;

    /// <summary>
    /// Applies the edit when every changed field may change now; otherwise throws and changes nothing.
    /// Returns the names of the fields that changed (empty when the edit changed nothing).
    /// </summary>
    public IReadOnlyList<string> Update(CampaignChanges changes, CampaignUsage usage, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(usage);
        var changed = new List<string>();
        bool Changes(bool differs, CampaignSection section, string field)
        {
            if (!differs)
            {
                return false;
            }

            EnsureUnlocked(section, usage, field);
            changed.Add(field);
            return true;
        }

        // Every new value is computed and checked first; the campaign is assigned only when all of them pass.
        var code = changes.Code is null ? Code : CleanCode(changes.Code);
        Changes(code != Code, CampaignSection.Presentation, "code");
        var title = changes.Title is null ? Title : CleanTitle(changes.Title);
        Changes(title != Title, CampaignSection.Presentation, "title");
        var occasion = changes.Occasion ?? Occasion;
        Changes(occasion != Occasion, CampaignSection.Presentation, "occasion");
        var themes = changes.Themes is null ? Themes : CleanList(changes.Themes);
        Changes(!themes.SequenceEqual(Themes), CampaignSection.Presentation, "themes");
        var slogans = changes.Slogans is null ? Slogans : CleanList(changes.Slogans);
        Changes(!slogans.SequenceEqual(Slogans), CampaignSection.Presentation, "slogans");
        var legalBasis = changes.LegalBasis is null ? LegalBasis : CleanList(changes.LegalBasis);
        Changes(!legalBasis.SequenceEqual(LegalBasis), CampaignSection.Presentation, "legalBasis");
        var kind = changes.Kind ?? Kind;
        Changes(kind != Kind, CampaignSection.Kind, "kind");

        var (opensAt, closesAt) = NewWindow(changes, now, Changes);
        var categories = NewCategories(changes.Categories, usage, Changes);
        var rubric = NewRubric(changes);
        Changes(!SameRubric(rubric, Rubric), CampaignSection.Rubric, "rubric");
        var tiers = changes.AwardTiers is null ? AwardTiers : CleanTiers(changes.AwardTiers, AwardTiers);
        Changes(!tiers.SequenceEqual(AwardTiers), CampaignSection.AwardTiers, "awardTiers");
        var (maxBytes, types) = NewAttachmentPolicy(changes, usage, Changes);
        var blindReview = changes.BlindReview ?? BlindReview;
        Changes(blindReview != BlindReview, CampaignSection.Review, "blindReview");
        var conflictRule = changes.ConflictIfSameOrganization ?? ConflictIfSameOrganization;
        Changes(conflictRule != ConflictIfSameOrganization, CampaignSection.Review, "conflictIfSameOrganization");

        if (changed.Count == 0)
        {
            return changed;
        }

        Code = code;
        Title = title;
        Occasion = occasion;
        Themes = themes;
        Slogans = slogans;
        LegalBasis = legalBasis;
        Kind = kind;
        SubmissionOpensAt = opensAt;
        SubmissionClosesAt = closesAt;
        Categories = categories;
        Rubric = rubric;
        AwardTiers = tiers;
        MaxAttachmentBytes = maxBytes;
        AllowedAttachmentTypes = types;
        BlindReview = blindReview;
        ConflictIfSameOrganization = conflictRule;
        UpdatedAt = now;
        RefreshKeys();
        return changed;
    }

    private void EnsureUnlocked(CampaignSection section, CampaignUsage usage, string field)
    {
        var reason = LockOf(section, usage.HasAssignments) switch
        {
            CampaignEditLock.None => null,
            CampaignEditLock.DraftOnly => "chỉ thay đổi được khi phong trào còn là bản nháp",
            CampaignEditLock.SubmissionsClosed => "đã hết giai đoạn nhận hồ sơ (muốn nhận thêm, hãy chuyển phong trào về giai đoạn nhận hồ sơ)",
            CampaignEditLock.ScoringStarted => "đã bắt đầu chấm điểm",
            CampaignEditLock.JudgesAssigned => "đã phân công giám khảo",
            CampaignEditLock.ResultsPublished => "kết quả đã được công bố",
            var other => throw new ArgumentOutOfRangeException(nameof(section), other, null),
        };
        if (reason is not null)
        {
            throw new DomainException(CampaignErrorCodes.FieldLocked, $"Không thể thay đổi mục này: {reason}.", field);
        }
    }

    private (DateTimeOffset OpensAt, DateTimeOffset ClosesAt) NewWindow(
        CampaignChanges changes, DateTimeOffset now, Func<bool, CampaignSection, string, bool> track)
    {
        var opensAt = changes.SubmissionOpensAt?.ToUniversalTime() ?? SubmissionOpensAt;
        var closesAt = changes.SubmissionClosesAt?.ToUniversalTime() ?? SubmissionClosesAt;
        var opensChanged = track(opensAt != SubmissionOpensAt, CampaignSection.Window, "submissionOpensAt");
        var closesChanged = track(closesAt != SubmissionClosesAt, CampaignSection.Window, "submissionClosesAt");
        EnsureWindow(opensAt, closesAt);
        if (Phase == CampaignPhase.Draft)
        {
            return (opensAt, closesAt);
        }

        if (opensChanged && IsOpeningTimeLocked(now))
        {
            throw new DomainException(CampaignErrorCodes.FieldLocked, "Phong trào đã mở nhận hồ sơ nên không thể đổi thời điểm mở.", "submissionOpensAt");
        }

        if (closesChanged && closesAt <= now)
        {
            throw new ValidationException("Thời hạn nộp mới phải sau thời điểm hiện tại.", "submissionClosesAt");
        }

        if (closesChanged && closesAt < SubmissionClosesAt)
        {
            if (SubmissionClosesAt <= now)
            {
                throw new ValidationException("Thời hạn nộp đã qua nên chỉ có thể gia hạn thêm.", "submissionClosesAt");
            }

            if (closesAt < now + MinimumNoticeForEarlierDeadline)
            {
                throw new ValidationException(
                    $"Thời hạn nộp chỉ được rút ngắn đến ít nhất {MinimumNoticeForEarlierDeadline.TotalDays:0} ngày kể từ bây giờ.", "submissionClosesAt");
            }
        }

        return (opensAt, closesAt);
    }

    private IReadOnlyList<Category> NewCategories(IReadOnlyList<CategoryChange>? given, CampaignUsage usage, Func<bool, CampaignSection, string, bool> track)
    {
        if (given is null)
        {
            return Categories;
        }

        var names = CleanCategoryNames(given.Select(c => c.Name));
        var result = new List<Category>();
        foreach (var (change, name) in given.Zip(names))
        {
            if (change.Id is not { } id)
            {
                result.Add(new Category(Guid.CreateVersion7(), name));
                continue;
            }

            if (Categories.All(c => c.Id != id) || result.Any(c => c.Id == id))
            {
                throw new ValidationException("Lĩnh vực không thuộc phong trào này.", "categories");
            }

            result.Add(new Category(id, name));
        }

        if (!track(!result.SequenceEqual(Categories), CampaignSection.Categories, "categories"))
        {
            return Categories;
        }

        foreach (var current in Categories.Where(c => usage.CategoriesInUse.Contains(c.Id)))
        {
            if (result.FirstOrDefault(c => c.Id == current.Id) is not { } kept || kept.Name != current.Name)
            {
                throw new DomainException(
                    CampaignErrorCodes.FieldLocked, $"Lĩnh vực \"{current.Name}\" đã có hồ sơ hoặc hội đồng sử dụng nên không thể xóa hay đổi tên.", "categories");
            }
        }

        return result;
    }

    private Rubric NewRubric(CampaignChanges changes)
    {
        if (changes is { Criteria: null, PassThreshold: null, Aggregation: null, DisagreementThreshold: null, TieBreak: null })
        {
            return Rubric;
        }

        var criteria = changes.Criteria ?? Rubric.Criteria;

        // Tie-break codes that no longer exist would otherwise refuse an edit that only dropped a criterion.
        var tieBreak = changes.TieBreak ?? Rubric.TieBreak.Where(code => criteria.Any(c => c.Code.Trim() == code)).ToList();
        return Rubric.Create(
            criteria,
            changes.PassThreshold ?? Rubric.PassThreshold,
            changes.Aggregation ?? Rubric.Aggregation,
            changes.DisagreementThreshold ?? Rubric.DisagreementThreshold,
            tieBreak,
            Rubric.Precision);
    }

    private static bool SameRubric(Rubric left, Rubric right) =>
        left.Criteria.SequenceEqual(right.Criteria)
        && left.PassThreshold == right.PassThreshold
        && left.Aggregation == right.Aggregation
        && left.DisagreementThreshold == right.DisagreementThreshold
        && left.TieBreak.SequenceEqual(right.TieBreak, StringComparer.Ordinal)
        && left.Precision == right.Precision;

    private (long MaxBytes, IReadOnlyList<string> Types) NewAttachmentPolicy(
        CampaignChanges changes, CampaignUsage usage, Func<bool, CampaignSection, string, bool> track)
    {
        var maxBytes = changes.MaxAttachmentBytes is null ? MaxAttachmentBytes : CleanMaxAttachmentBytes(changes.MaxAttachmentBytes);
        IReadOnlyList<string> types = changes.AllowedAttachmentTypes is null ? AllowedAttachmentTypes : CleanAttachmentTypes(changes.AllowedAttachmentTypes);
        var sizeChanged = track(maxBytes != MaxAttachmentBytes, CampaignSection.AttachmentPolicy, "maxAttachmentBytes");
        var typesChanged = track(!types.ToHashSet().SetEquals(AllowedAttachmentTypes), CampaignSection.AttachmentPolicy, "allowedAttachmentTypes");
        if (Phase == CampaignPhase.Draft)
        {
            return (maxBytes, types);
        }

        // Submitters planned (and uploaded) against the published policy: it may only get looser.
        if (sizeChanged && maxBytes < MaxAttachmentBytes)
        {
            throw new DomainException(CampaignErrorCodes.FieldLocked, "Phong trào đã mở nhận hồ sơ nên dung lượng tệp tối đa chỉ được tăng.", "maxAttachmentBytes");
        }

        if (typesChanged && AllowedAttachmentTypes.FirstOrDefault(t => !types.Contains(t) && usage.AttachmentTypesInUse.Contains(t)) is { } used)
        {
            throw new DomainException(CampaignErrorCodes.FieldLocked, $"Đã có hồ sơ đính kèm tệp loại {used} nên không thể bỏ loại tệp này.", "allowedAttachmentTypes");
        }

        return (maxBytes, types);
    }
}
