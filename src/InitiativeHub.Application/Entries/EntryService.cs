using InitiativeHub.Application.Access;
using InitiativeHub.Application.Awards;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Application.Entries;

/// <summary>
/// Use cases of the submitter's journey and of screening. Who may see what: a draft only its submitter; a submitted
/// entry its submitter and the campaign's organizers, and the judges assigned to it (not conflicted); confidential parts
/// the submitter and organizers only; under blind review the authors and submitting unit too. An entry proposed for an
/// award is also seen by those who decide awards for the campaign; an entry whose award is approved in a published
/// campaign is public, but only for what the award publishes (no dossier: attachments, receipt, versions, screening).
/// </summary>
public sealed class EntryService(
    IAccessControl access, CampaignService campaigns, IEntryReader reader, IJudgeEntryAccess judges, IAwardRepository awards, IGrainFactory grains)
{
    public async Task<Entry> CreateAsync(Viewer viewer, CreateEntryCommand command, CancellationToken cancellationToken)
    {
        var userId = access.RequireUser(viewer);
        var campaign = await GetCampaignAsync(viewer, command.CampaignId, cancellationToken);
        if (command.OrganizationId is { } organizationId)
        {
            // Submitting for a collective or nominating on behalf of a unit needs a role that reports for that unit.
            await access.EnsureAsync(viewer, Permission.Report, organizationId, cancellationToken);
        }

        var id = Guid.CreateVersion7();
        (await grains.GetGrain<IEntryGrain>(id).CreateAsync(command with { CampaignId = campaign.Id, SubmitterId = userId })).Unwrap();
        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<Entry> UpdateAsync(Viewer viewer, Guid entryId, EntryChanges changes, CancellationToken cancellationToken)
    {
        var entry = await GetOwnAsync(viewer, entryId, cancellationToken);
        (await grains.GetGrain<IEntryGrain>(entry.Id).UpdateAsync(changes, entry.SubmitterId)).Unwrap();
        return await ReloadAsync(entryId, cancellationToken);
    }

    public async Task<(Entry Entry, Receipt Receipt)> SubmitAsync(Viewer viewer, Guid entryId, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var entry = await GetOwnAsync(viewer, entryId, cancellationToken);
        if (idempotencyKey is { Length: > 200 })
        {
            throw new ValidationException("Khóa chống gửi trùng không được dài quá 200 ký tự.", "idempotencyKey");
        }

        var receipt = (await grains.GetGrain<IEntryGrain>(entry.Id).SubmitAsync(idempotencyKey, entry.SubmitterId)).Unwrap();
        return (await ReloadAsync(entryId, cancellationToken), receipt);
    }

    public async Task<Entry> WithdrawAsync(Viewer viewer, Guid entryId, string? reason, CancellationToken cancellationToken)
    {
        var entry = await GetOwnAsync(viewer, entryId, cancellationToken);
        (await grains.GetGrain<IEntryGrain>(entry.Id).WithdrawAsync(reason, entry.SubmitterId)).Unwrap();
        return await ReloadAsync(entryId, cancellationToken);
    }

    public async Task<Entry> ScreenAsync(Viewer viewer, Guid entryId, ScreeningDecision decision, string? reason, DateTimeOffset? dueAt, Guid? duplicateOf, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        var entry = await GetVisibleAsync(viewer, entryId, cancellationToken);
        var campaign = await GetCampaignAsync(viewer, entry.CampaignId, cancellationToken);
        if (!await campaigns.IsOrganizerAsync(viewer, campaign, cancellationToken))
        {
            throw new ForbiddenException();
        }

        if (duplicateOf is { } original && (await reader.GetByIdsAsync([original], cancellationToken)).GetValueOrDefault(original) is null)
        {
            throw new NotFoundException("Không tìm thấy hồ sơ được đánh dấu trùng.", "duplicateOfEntryId");
        }

        var command = new ScreenEntryCommand(decision, reason, dueAt, duplicateOf, actorId);
        (await grains.GetGrain<IEntryGrain>(entry.Id).ScreenAsync(command)).Unwrap();
        return await ReloadAsync(entryId, cancellationToken);
    }

    /// <summary>
    /// The entries of a campaign the viewer may list: organizers see every submitted entry, anyone else their own
    /// (drafts included). Anonymous viewers may not list entries.
    /// </summary>
    public async Task<Page<Entry>> ListAsync(Viewer viewer, Guid campaignId, EntryFilter filter, EntrySort sort, PageRequest page, CancellationToken cancellationToken)
    {
        var userId = access.RequireUser(viewer);
        var campaign = await GetCampaignAsync(viewer, campaignId, cancellationToken);
        var isOrganizer = await campaigns.IsOrganizerAsync(viewer, campaign, cancellationToken);
        if ((sort is EntrySort.ScoreDescending or EntrySort.ScoreAscending) && !isOrganizer && !campaign.Permissions.PublicSeesResults)
        {
            // The order alone would tell a submitter how their entries were scored before results are public.
            throw new ForbiddenException("Chỉ ban tổ chức được sắp xếp theo điểm trước khi công bố kết quả.");
        }

        var scope = isOrganizer ? EntryScope.Organizer : EntryScope.OwnedBy(userId);
        return await reader.ListAsync(campaignId, scope, filter, sort, page, cancellationToken);
    }

    /// <summary>The viewer's own entries across campaigns (drafts included), most recently changed first.</summary>
    public async Task<IReadOnlyList<Entry>> ListMineAsync(Viewer viewer, CancellationToken cancellationToken) =>
        await reader.ListBySubmitterAsync(access.RequireUser(viewer), 500, cancellationToken);

    /// <summary>The entries among <paramref name="ids"/> that the viewer may see.</summary>
    public async Task<IReadOnlyDictionary<Guid, Entry>> GetVisibleAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var found = await reader.GetByIdsAsync(ids, cancellationToken);
        var visible = new Dictionary<Guid, Entry>();
        foreach (var (id, entry) in found)
        {
            if (await CanSeeAsync(viewer, entry, cancellationToken))
            {
                visible[id] = entry;
            }
        }

        return visible;
    }

    /// <summary>Whether the viewer may read the entry's confidential parts and attachments.</summary>
    public async Task<bool> CanSeeConfidentialAsync(Viewer viewer, Entry entry, CancellationToken cancellationToken) =>
        viewer.UserId == entry.SubmitterId || await IsCampaignOrganizerAsync(viewer, entry, cancellationToken);

    /// <summary>
    /// Whether the viewer may see who is behind the entry (authors, submitting unit): everyone who sees the entry,
    /// except under blind review, where only the submitter and the campaign's organizers do, until an approved award
    /// makes the awardees public.
    /// </summary>
    public async Task<bool> CanSeePartiesAsync(Viewer viewer, Entry entry, CancellationToken cancellationToken)
    {
        var campaign = (await campaigns.GetVisibleAsync(viewer, [entry.CampaignId], cancellationToken)).GetValueOrDefault(entry.CampaignId);
        return campaign is { BlindReview: false }
            || await CanSeeConfidentialAsync(viewer, entry, cancellationToken)
            || campaign is not null && await IsShowcasedAsync(entry, campaign, cancellationToken);
    }

    /// <summary>
    /// Whether the viewer may read the entry's dossier (attachments, receipt, versions, screening notes): those who see
    /// it through their part in the campaign, not the public that sees an awarded entry in the showcase.
    /// </summary>
    public Task<bool> CanSeeDossierAsync(Viewer viewer, Entry entry, CancellationToken cancellationToken) =>
        CanSeeAsParticipantAsync(viewer, entry, cancellationToken);

    /// <summary>Older submitted versions, for organizers (and the submitter).</summary>
    public async Task<IReadOnlyList<EntryVersionRecord>> GetVersionsAsync(Viewer viewer, Guid entryId, CancellationToken cancellationToken)
    {
        var entry = await GetVisibleAsync(viewer, entryId, cancellationToken);
        return await CanSeeDossierAsync(viewer, entry, cancellationToken) ? await reader.GetVersionsAsync(entry.Id, cancellationToken) : [];
    }

    /// <summary>Anyone may verify a receipt: valid when the digest is the one recorded under that number.</summary>
    public async Task<ReceiptCheck> VerifyReceiptAsync(string number, string digest, CancellationToken cancellationToken)
    {
        var version = await reader.FindVersionByReceiptAsync(number.Trim(), cancellationToken);
        if (version is null || !string.Equals(version.Digest, digest.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return new ReceiptCheck(false, null, null);
        }

        var entry = (await reader.GetByIdsAsync([version.EntryId], cancellationToken))[version.EntryId];
        return new ReceiptCheck(true, entry.Content.Title, version.SubmittedAt);
    }

    /// <summary>
    /// Entries resembling a title and description, for the novelty check, among those the viewer may see: organizers
    /// every submitted entry of their campaigns, submitters their own.
    /// </summary>
    public async Task<IReadOnlyList<SimilarEntryMatch>> FindSimilarAsync(Viewer viewer, Guid campaignId, string title, string? description, int? first, CancellationToken cancellationToken)
    {
        var campaign = await GetCampaignAsync(viewer, campaignId, cancellationToken);
        var limit = first ?? 5;
        if (limit is < 1 or > 20)
        {
            throw new ValidationException("Số kết quả phải từ 1 đến 20.", "first");
        }

        var matches = await reader.FindSimilarAsync(campaign.Id, $"{title} {description}", null, limit * 4, cancellationToken);
        var visible = new List<SimilarEntryMatch>();
        foreach (var match in matches)
        {
            if (visible.Count < limit && await CanSeeAsync(viewer, match.Entry, cancellationToken))
            {
                visible.Add(match);
            }
        }

        return visible;
    }

    private async Task<bool> CanSeeAsync(Viewer viewer, Entry entry, CancellationToken cancellationToken)
    {
        if (entry.Status == EntryStatus.Draft)
        {
            return viewer.UserId == entry.SubmitterId;
        }

        if (await CanSeeAsParticipantAsync(viewer, entry, cancellationToken))
        {
            return true;
        }

        var entryAwards = await awards.ListByEntriesAsync([entry.Id], cancellationToken);
        if (entryAwards.Count == 0)
        {
            return false;
        }

        var campaign = (await campaigns.GetVisibleAsync(viewer, [entry.CampaignId], cancellationToken)).GetValueOrDefault(entry.CampaignId);
        return campaign is not null
            && (IsPublic(entryAwards, campaign) || await access.CanAsync(viewer, Permission.DecideAwards, campaign.OrganizerId, cancellationToken));
    }

    /// <summary>An approved award of a published campaign: the entry is in the public showcase.</summary>
    private async Task<bool> IsShowcasedAsync(Entry entry, Campaign campaign, CancellationToken cancellationToken) =>
        IsPublic(await awards.ListByEntriesAsync([entry.Id], cancellationToken), campaign);

    private static bool IsPublic(IReadOnlyList<Domain.Awards.Award> entryAwards, Campaign campaign) =>
        campaign.Phase is CampaignPhase.Published or CampaignPhase.Archived
        && entryAwards.Any(a => a.CampaignId == campaign.Id && a.Status == Domain.Awards.AwardStatus.Approved);

    private async Task<bool> CanSeeAsParticipantAsync(Viewer viewer, Entry entry, CancellationToken cancellationToken)
    {
        if (viewer.UserId is null)
        {
            return false;
        }

        if (viewer.UserId == entry.SubmitterId)
        {
            return true;
        }

        return entry.Status != EntryStatus.Draft &&
            (await IsCampaignOrganizerAsync(viewer, entry, cancellationToken) || await judges.IsAssignedAsync(viewer.UserId.Value, entry.Id, cancellationToken));
    }

    private async Task<bool> IsCampaignOrganizerAsync(Viewer viewer, Entry entry, CancellationToken cancellationToken)
    {
        var campaign = (await campaigns.GetVisibleAsync(viewer, [entry.CampaignId], cancellationToken)).GetValueOrDefault(entry.CampaignId);
        return campaign is not null && await campaigns.IsOrganizerAsync(viewer, campaign, cancellationToken);
    }

    private async Task<Campaign> GetCampaignAsync(Viewer viewer, Guid campaignId, CancellationToken cancellationToken) =>
        (await campaigns.GetVisibleAsync(viewer, [campaignId], cancellationToken)).GetValueOrDefault(campaignId)
            ?? throw new NotFoundException("Không tìm thấy phong trào.", "campaignId");

    private async Task<Entry> GetVisibleAsync(Viewer viewer, Guid entryId, CancellationToken cancellationToken)
    {
        access.RequireUser(viewer);
        return (await GetVisibleAsync(viewer, [entryId], cancellationToken)).GetValueOrDefault(entryId)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.", "entryId");
    }

    private async Task<Entry> GetOwnAsync(Viewer viewer, Guid entryId, CancellationToken cancellationToken)
    {
        var userId = access.RequireUser(viewer);
        var entry = await GetVisibleAsync(viewer, entryId, cancellationToken);
        return entry.SubmitterId == userId ? entry : throw new ForbiddenException("Chỉ người nộp mới được thay đổi hồ sơ này.");
    }

    private async Task<Entry> ReloadAsync(Guid id, CancellationToken cancellationToken) =>
        (await reader.GetByIdsAsync([id], cancellationToken))[id];
}
