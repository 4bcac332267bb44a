using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Entries;

/// <summary>
/// An initiative or model practice submitted to a campaign. Drafts belong to their submitter alone; a submission
/// freezes a version with a receipt; screening accepts, returns for supplement (with its own deadline) or rejects.
/// The entry grain is its single writer.
/// </summary>
public sealed class Entry
{
    public const int MaxAttachments = 20;

    private Entry()
    {
        Content = null!;
        Attachments = [];
        SearchKey = string.Empty;
        SortKey = string.Empty;
        TitleSortKey = string.Empty;
        SubmittedSortKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public Guid CategoryId { get; private set; }

    public EntryKind Kind { get; private set; }

    public SubmitterKind SubmitterKind { get; private set; }

    /// <summary>The account that drafted and submits it (for a nomination: the nominating unit's staff member).</summary>
    public Guid SubmitterId { get; private set; }

    /// <summary>The submitting or nominating unit, or the collective's organization.</summary>
    public Guid? OrganizationId { get; private set; }

    public EntryStatus Status { get; private set; }

    public EntryContent Content { get; private set; }

    public IReadOnlyList<EntryAttachment> Attachments { get; private set; }

    /// <summary>How many versions have been submitted (0 for a draft never submitted).</summary>
    public int Version { get; private set; }

    public string? ReceiptNumber { get; private set; }

    /// <summary>The digest of the latest submitted version (what its receipt carries).</summary>
    public string? ReceiptDigest { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? ScreeningReason { get; private set; }

    public DateTimeOffset? ReturnDueAt { get; private set; }

    public Guid? DuplicateOfEntryId { get; private set; }

    /// <summary>Folded title and description, for diacritic- and order-insensitive search.</summary>
    public string SearchKey { get; private set; }

    /// <summary>Keyset order: creation time, then id.</summary>
    public string SortKey { get; private set; }

    /// <summary>Keyset order by title: folded title, then id.</summary>
    public string TitleSortKey { get; private set; }

    /// <summary>Keyset order by submission time, then id; entries never submitted sort last.</summary>
    public string SubmittedSortKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Entry Create(Guid id, Campaign campaign, Guid categoryId, EntryKind kind, SubmitterKind submitterKind, Guid submitterId, Guid? organizationId, EntryContent content, DateTimeOffset now)
    {
        campaign.EnsureAcceptingSubmissions(now);
        campaign.GetCategory(categoryId);
        if (submitterKind == SubmitterKind.Collective && organizationId is null)
        {
            throw new ValidationException("Hồ sơ của tập thể cần ghi rõ đơn vị.", "organizationId");
        }

        var entry = new Entry
        {
            Id = id,
            CampaignId = campaign.Id,
            CategoryId = categoryId,
            Kind = kind,
            SubmitterKind = submitterKind,
            SubmitterId = submitterId,
            OrganizationId = organizationId,
            Status = EntryStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            SortKey = $"{now.UtcTicks:D19}\u0001{id:N}",
        };
        entry.SetContent(EntryContentRules.Clean(content));
        return entry;
    }

    /// <summary>True while the submitter may change the content: a draft during the window, a returned entry until its due date.</summary>
    public bool IsEditable(Campaign campaign, DateTimeOffset now) => Status switch
    {
        EntryStatus.Draft => campaign.IsAcceptingSubmissions(now),
        EntryStatus.Returned => ReturnDueAt is { } due && now < due,
        _ => false,
    };

    public void Update(Campaign campaign, EntryChanges changes, DateTimeOffset now)
    {
        EnsureEditable(campaign, now);
        var current = Content;
        var updated = new EntryContent(
            changes.Title ?? current.Title,
            changes.FieldOfApplication ?? current.FieldOfApplication,
            changes.FirstAppliedOn ?? current.FirstAppliedOn,
            changes.Description ?? current.Description,
            changes.ApplicationConditions ?? current.ApplicationConditions,
            changes.ConfidentialInformation ?? current.ConfidentialInformation,
            changes.Benefits ?? current.Benefits,
            changes.BenefitsByApplier ?? current.BenefitsByApplier,
            changes.Investor ?? current.Investor,
            changes.Authors ?? current.Authors,
            changes.TrialParticipants ?? current.TrialParticipants);
        SetContent(EntryContentRules.Clean(updated));
        UpdatedAt = now;
    }

    public void AddAttachment(Campaign campaign, EntryAttachment attachment, DateTimeOffset now)
    {
        EnsureEditable(campaign, now);
        if (Attachments.Count >= MaxAttachments)
        {
            throw new ValidationException($"Mỗi hồ sơ có tối đa {MaxAttachments} tệp đính kèm.", "file");
        }

        Attachments = [.. Attachments, attachment];
        UpdatedAt = now;
    }

    public void RemoveAttachment(Campaign campaign, Guid attachmentId, DateTimeOffset now)
    {
        EnsureEditable(campaign, now);
        if (Attachments.All(a => a.Id != attachmentId))
        {
            throw new NotFoundException("Không tìm thấy tệp đính kèm.", "attachmentId");
        }

        Attachments = Attachments.Where(a => a.Id != attachmentId).ToList();
        UpdatedAt = now;
    }

    /// <summary>
    /// Submits (or resubmits after a return): checks the window or the return's due date and completeness, then
    /// freezes a new version. Returns the version's canonical form and digest; the caller numbers the receipt.
    /// </summary>
    public SubmittedVersion Submit(Campaign campaign, DateTimeOffset now)
    {
        switch (Status)
        {
            case EntryStatus.Draft:
                campaign.EnsureAcceptingSubmissions(now);
                break;
            case EntryStatus.Returned:
                if (ReturnDueAt is not { } due || now >= due)
                {
                    throw new DomainException(ErrorCodes.DeadlinePassed, "Đã hết thời hạn bổ sung hồ sơ.");
                }

                break;
            default:
                throw new DomainException(ErrorCodes.WrongPhase, "Hồ sơ này không ở trạng thái có thể nộp.");
        }

        EntryContentRules.EnsureComplete(Content);
        var version = Version + 1;
        var canonical = Entries.ReceiptDigest.CanonicalForm(Id, version, CampaignId, CategoryId, Kind, SubmitterKind, Content, Attachments);
        Version = version;
        Status = EntryStatus.Submitted;
        SubmittedAt = now;
        SubmittedSortKey = $"{now.UtcTicks:D19}\u0001{Id:N}";
        UpdatedAt = now;
        ScreeningReason = null;
        ReturnDueAt = null;
        var digest = Entries.ReceiptDigest.Compute(canonical);
        ReceiptDigest = digest;
        return new SubmittedVersion(version, canonical, digest, now);
    }

    /// <summary>Records the receipt number the version was given.</summary>
    public void SetReceiptNumber(string number) => ReceiptNumber = number;

    /// <summary>
    /// True while the submitter may withdraw: a draft, submitted or returned entry, before its deadline (the
    /// submission deadline, or a return's due date).
    /// </summary>
    public bool CanWithdraw(Campaign campaign, DateTimeOffset now) =>
        Status is EntryStatus.Draft or EntryStatus.Submitted or EntryStatus.Returned
        && now < (Status == EntryStatus.Returned ? ReturnDueAt ?? DateTimeOffset.MinValue : campaign.SubmissionClosesAt);

    /// <summary>Withdraws before the deadline (see <see cref="CanWithdraw"/>).</summary>
    public void Withdraw(Campaign campaign, DateTimeOffset now)
    {
        if (Status is not (EntryStatus.Draft or EntryStatus.Submitted or EntryStatus.Returned))
        {
            throw new DomainException(ErrorCodes.WrongPhase, "Hồ sơ đã được xét, không thể rút.");
        }

        if (!CanWithdraw(campaign, now))
        {
            throw new DomainException(ErrorCodes.DeadlinePassed, "Đã quá hạn, không thể rút hồ sơ.");
        }

        Status = EntryStatus.Withdrawn;
        UpdatedAt = now;
    }

    /// <summary>An organizer's screening decision on a submitted entry.</summary>
    public void Screen(Campaign campaign, ScreeningDecision decision, string? reason, DateTimeOffset? dueAt, Guid? duplicateOf, DateTimeOffset now)
    {
        if (!campaign.Permissions.OrganizersMayScreen)
        {
            throw new DomainException(ErrorCodes.WrongPhase, "Giai đoạn hiện tại của phong trào không cho phép sơ loại hồ sơ.");
        }

        if (Status != EntryStatus.Submitted)
        {
            throw new DomainException(ErrorCodes.WrongPhase, "Chỉ sơ loại được hồ sơ đã nộp.");
        }

        var cleanReason = VietnameseText.Normalize(reason);
        switch (decision)
        {
            case ScreeningDecision.Accept:
                Status = EntryStatus.Accepted;
                ScreeningReason = string.IsNullOrEmpty(cleanReason) ? null : cleanReason;
                break;
            case ScreeningDecision.Return:
                if (string.IsNullOrEmpty(cleanReason))
                {
                    throw new ValidationException("Cần ghi rõ nội dung yêu cầu bổ sung.", "reason");
                }

                if (dueAt is not { } due || due <= now)
                {
                    throw new ValidationException("Hạn bổ sung phải là một thời điểm trong tương lai.", "dueAt");
                }

                Status = EntryStatus.Returned;
                ScreeningReason = cleanReason;
                ReturnDueAt = due.ToUniversalTime();
                break;
            case ScreeningDecision.Reject:
                if (string.IsNullOrEmpty(cleanReason))
                {
                    throw new ValidationException("Cần ghi rõ lý do không đủ điều kiện.", "reason");
                }

                if (duplicateOf == Id)
                {
                    throw new ValidationException("Hồ sơ không thể trùng với chính nó.", "duplicateOfEntryId");
                }

                Status = EntryStatus.Rejected;
                ScreeningReason = cleanReason;
                DuplicateOfEntryId = duplicateOf;
                break;
            default:
                throw new ValidationException("Quyết định sơ loại không hợp lệ.", "decision");
        }

        UpdatedAt = now;
    }

    private void EnsureEditable(Campaign campaign, DateTimeOffset now)
    {
        if (IsEditable(campaign, now))
        {
            return;
        }

        throw Status switch
        {
            EntryStatus.Draft => new DomainException(ErrorCodes.DeadlinePassed, "Đã hết thời hạn nộp hồ sơ, không thể sửa."),
            EntryStatus.Returned => new DomainException(ErrorCodes.DeadlinePassed, "Đã hết thời hạn bổ sung hồ sơ."),
            _ => new DomainException(ErrorCodes.WrongPhase, "Hồ sơ đã nộp không thể sửa."),
        };
    }

    private void SetContent(EntryContent content)
    {
        Content = content;
        SearchKey = VietnameseText.Fold($"{content.Title} {content.Description}");
        TitleSortKey = $"{VietnameseText.Fold(content.Title)}\u0001{Id:N}";
        if (SubmittedAt is null)
        {
            SubmittedSortKey = $"{long.MaxValue:D19}\u0001{Id:N}";
        }
    }
}
