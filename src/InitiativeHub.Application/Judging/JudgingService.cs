using InitiativeHub.Application.Access;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Application.Users;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>
/// Use cases of judging. Panels are created by the campaign's organizers; their members must be existing accounts.
/// Membership grants nothing beyond the panel: it is the assignment authority, so a member without a JUDGE role
/// grant may still be assigned and score (the organizer who seats someone on the council is what makes them a judge
/// of this campaign), while the JUDGE role alone gives no access to any campaign's entries.
/// A panel and its members are visible to the campaign's organizers and to the panel's own members.
/// </summary>
public sealed class JudgingService(
    IAccessControl access,
    CampaignService campaigns,
    IUserReader users,
    IPanelReader panels,
    IAssignmentReader assignments,
    IScoreSheetReader sheets,
    IPanelVoteRepository votes,
    IGrainFactory grains)
{
    public async Task<Panel> CreatePanelAsync(
        Viewer viewer, Guid campaignId, string name, IReadOnlyList<Guid>? categoryIds, IReadOnlyList<PanelMember> members, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        var campaign = await campaigns.GetManagedAsync(viewer, campaignId, cancellationToken);
        var memberIds = members.Select(m => m.UserId).Distinct().ToList();
        var found = await users.GetByIdsAsync(memberIds, cancellationToken);
        if (memberIds.Any(id => !found.ContainsKey(id)))
        {
            throw new NotFoundException("Không tìm thấy tài khoản thành viên hội đồng.", "members");
        }

        var id = Guid.CreateVersion7();
        var command = new CreatePanelCommand(id, name, categoryIds, members.ToList(), actorId);
        (await grains.GetGrain<IJudgingGrain>(campaign.Id).CreatePanelAsync(command)).Unwrap();
        return (await panels.ListByCampaignAsync(campaign.Id, cancellationToken)).Single(p => p.Id == id);
    }

    /// <summary>The campaign's panels: all of them for organizers, the ones they sit on for members, none for others.</summary>
    public async Task<IReadOnlyList<Panel>> ListPanelsAsync(Viewer viewer, Guid campaignId, CancellationToken cancellationToken)
    {
        var userId = access.RequireUser(viewer);
        var campaign = (await campaigns.GetVisibleAsync(viewer, [campaignId], cancellationToken)).GetValueOrDefault(campaignId)
            ?? throw new NotFoundException("Không tìm thấy phong trào.", "campaignId");
        var all = await panels.ListByCampaignAsync(campaign.Id, cancellationToken);
        return await campaigns.IsOrganizerAsync(viewer, campaign, cancellationToken) ? all : all.Where(p => p.IsMember(userId)).ToList();
    }

    /// <summary>The panels among <paramref name="ids"/> the viewer may see (organizers of the campaign, members of the panel).</summary>
    public async Task<IReadOnlyDictionary<Guid, Panel>> GetVisiblePanelsAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var visible = new Dictionary<Guid, Panel>();
        if (viewer.UserId is not { } userId)
        {
            return visible;
        }

        foreach (var (id, panel) in await panels.GetByIdsAsync(ids, cancellationToken))
        {
            if (panel.IsMember(userId) || await IsOrganizerAsync(viewer, panel.CampaignId, cancellationToken))
            {
                visible[id] = panel;
            }
        }

        return visible;
    }

    /// <summary>
    /// The profiles of a panel's members, for a viewer who may see the panel: whoever sees a panel sees who sits on it,
    /// even where the user directory would not show those accounts.
    /// </summary>
    public async Task<IReadOnlyList<PanelMemberProfile>> GetMembersAsync(Viewer viewer, Panel panel, CancellationToken cancellationToken)
    {
        if ((await GetVisiblePanelsAsync(viewer, [panel.Id], cancellationToken)).Count == 0)
        {
            return [];
        }

        var profiles = await users.GetByIdsAsync(panel.Members.Select(m => m.UserId).ToList(), cancellationToken);
        return panel.Members.Where(m => profiles.ContainsKey(m.UserId)).Select(m => new PanelMemberProfile(profiles[m.UserId], m.Role)).ToList();
    }

    private async Task<bool> IsOrganizerAsync(Viewer viewer, Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = (await campaigns.GetVisibleAsync(viewer, [campaignId], cancellationToken)).GetValueOrDefault(campaignId);
        return campaign is not null && await campaigns.IsOrganizerAsync(viewer, campaign, cancellationToken);
    }

    /// <summary>
    /// The accounts behind the emails an organizer typed to seat a panel of their campaign (keyed by the email as
    /// typed); NOT_FOUND naming the first email without an account. Only the campaign's organizers may look accounts up.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, UserProfile>> FindPanelCandidatesAsync(
        Viewer viewer, Guid campaignId, IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        access.RequireUser(viewer);
        await campaigns.GetManagedAsync(viewer, campaignId, cancellationToken);
        var found = await users.FindByEmailsAsync(emails, cancellationToken);
        if (emails.FirstOrDefault(email => !found.ContainsKey(email)) is { } missing)
        {
            throw new NotFoundException($"Không có tài khoản nào với email {missing.Trim()}.", "members");
        }

        return found;
    }

    /// <summary>
    /// A panel with its assignments (conflicts included), for the campaign's organizers and for the panel's chair, who
    /// follows the council's progress and reopens sheets; FORBIDDEN for anyone else.
    /// </summary>
    public async Task<PanelBoard> GetPanelBoardAsync(Viewer viewer, Guid panelId, CancellationToken cancellationToken)
    {
        var userId = access.RequireUser(viewer);
        var panel = (await panels.GetByIdsAsync([panelId], cancellationToken)).GetValueOrDefault(panelId)
            ?? throw new NotFoundException("Không tìm thấy hội đồng.", "panelId");
        var campaign = (await campaigns.GetVisibleAsync(viewer, [panel.CampaignId], cancellationToken)).GetValueOrDefault(panel.CampaignId)
            ?? throw new NotFoundException("Không tìm thấy hội đồng.", "panelId");
        var organizes = await campaigns.IsOrganizerAsync(viewer, campaign, cancellationToken);
        if (!organizes && !panel.IsChair(userId))
        {
            throw new ForbiddenException("Chỉ ban tổ chức và Chủ tịch hội đồng được xem tiến độ chấm của hội đồng.");
        }

        return new PanelBoard(panel, campaign, await assignments.ListByPanelAsync(panel.Id, cancellationToken), organizes);
    }

    /// <summary>
    /// Assigns the panel's judges: automatically over the campaign's accepted entries (<paramref name="judgesPerEntry"/>,
    /// default 2) when no ids are given, otherwise every listed judge to every listed entry. Organizers only.
    /// Returns the panel's assignments afterwards.
    /// </summary>
    public async Task<IReadOnlyList<AssignmentRecord>> AssignJudgesAsync(
        Viewer viewer, Guid panelId, int? judgesPerEntry, IReadOnlyList<Guid>? entryIds, IReadOnlyList<Guid>? judgeIds, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        var panel = (await panels.GetByIdsAsync([panelId], cancellationToken)).GetValueOrDefault(panelId)
            ?? throw new NotFoundException("Không tìm thấy hội đồng.", "panelId");
        var campaign = await campaigns.GetManagedAsync(viewer, panel.CampaignId, cancellationToken);
        var command = new AssignJudgesCommand(panel.Id, judgesPerEntry ?? 2, entryIds, judgeIds, actorId);
        (await grains.GetGrain<IJudgingGrain>(campaign.Id).AssignJudgesAsync(command)).Unwrap();
        return await assignments.ListByPanelAsync(panel.Id, cancellationToken);
    }

    /// <summary>The viewer declares a conflict of interest with an entry assigned to them; another judge takes it where one is free.</summary>
    public async Task<AssignmentRecord> DeclareConflictAsync(Viewer viewer, Guid entryId, string reason, CancellationToken cancellationToken)
    {
        var judgeId = access.RequireUser(viewer);
        var assignment = await assignments.FindAsync(entryId, judgeId, cancellationToken)
            ?? throw new DomainException(JudgingErrorCodes.NotYourAssignment, "Bạn không được phân công chấm hồ sơ này.", "entryId");
        var id = (await grains.GetGrain<IJudgingGrain>(assignment.CampaignId).DeclareConflictAsync(entryId, judgeId, reason)).Unwrap();
        return (await assignments.GetByIdsAsync([id], cancellationToken))[id];
    }

    /// <summary>The viewer's own assignments, optionally of one campaign and in some statuses.</summary>
    public async Task<Page<AssignmentRecord>> ListAssignmentsAsync(
        Viewer viewer, Guid? campaignId, IReadOnlyCollection<AssignmentStatus>? statuses, PageRequest page, CancellationToken cancellationToken)
    {
        var judgeId = access.RequireUser(viewer);
        return await assignments.ListForJudgeAsync(judgeId, campaignId, statuses, page, cancellationToken);
    }

    /// <summary>The assignments among <paramref name="ids"/> the viewer may see: their own, or any of a campaign they organize.</summary>
    public async Task<IReadOnlyDictionary<Guid, AssignmentRecord>> GetVisibleAssignmentsAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var visible = new Dictionary<Guid, AssignmentRecord>();
        if (viewer.UserId is not { } userId)
        {
            return visible;
        }

        foreach (var (id, assignment) in await assignments.GetByIdsAsync(ids, cancellationToken))
        {
            if (assignment.JudgeId == userId || await IsOrganizerAsync(viewer, assignment.CampaignId, cancellationToken))
            {
                visible[id] = assignment;
            }
        }

        return visible;
    }

    /// <summary>
    /// The sheets of the assignments among <paramref name="assignmentIds"/> the viewer may see: a judge their own in any
    /// state, organizers of the campaign submitted ones (a draft is the judge's own working copy).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, ScoreSheet>> GetVisibleSheetsAsync(Viewer viewer, IReadOnlyCollection<Guid> assignmentIds, CancellationToken cancellationToken)
    {
        var visible = new Dictionary<Guid, ScoreSheet>();
        var assigned = await GetVisibleAssignmentsAsync(viewer, assignmentIds, cancellationToken);
        if (assigned.Count == 0)
        {
            return visible;
        }

        var found = await sheets.ListByEntriesAsync(assigned.Values.Select(a => a.EntryId).Distinct().ToList(), cancellationToken);
        foreach (var (id, assignment) in assigned)
        {
            var sheet = found.FirstOrDefault(s => s.EntryId == assignment.EntryId && s.JudgeId == assignment.JudgeId);
            if (sheet is not null && (assignment.JudgeId == viewer.UserId || sheet.Status == ScoreSheetStatus.Submitted))
            {
                visible[id] = sheet;
            }
        }

        return visible;
    }

    /// <summary>
    /// Records the council's vote on the proposed list with the minutes' facts. Only the panel's chair or secretary,
    /// or an organizer of the campaign, records it.
    /// </summary>
    public async Task<PanelVoteRecord> RecordPanelVoteAsync(Viewer viewer, RecordPanelVoteCommand command, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        var panel = (await GetVisiblePanelsAsync(viewer, [command.PanelId], cancellationToken)).GetValueOrDefault(command.PanelId)
            ?? throw new NotFoundException("Không tìm thấy hội đồng.", "panelId");
        if (!panel.KeepsMinutes(actorId) && !await IsOrganizerAsync(viewer, panel.CampaignId, cancellationToken))
        {
            throw new ForbiddenException("Chỉ Chủ tịch, Thư ký hội đồng hoặc ban tổ chức được ghi kết quả biểu quyết.");
        }

        var id = Guid.CreateVersion7();
        (await grains.GetGrain<IJudgingGrain>(panel.CampaignId).RecordPanelVoteAsync(command with { VoteId = id, ActorId = actorId })).Unwrap();
        return (await votes.GetByIdsAsync([id], cancellationToken))[id];
    }

    /// <summary>A panel's votes, for whoever may see the panel (organizers and its members).</summary>
    public async Task<IReadOnlyList<PanelVoteRecord>> ListVotesAsync(Viewer viewer, Panel panel, CancellationToken cancellationToken) =>
        (await GetVisiblePanelsAsync(viewer, [panel.Id], cancellationToken)).Count == 0 ? [] : await votes.ListByPanelAsync(panel.Id, cancellationToken);

    /// <summary>The votes among <paramref name="ids"/> whose panel the viewer may see.</summary>
    public async Task<IReadOnlyDictionary<Guid, PanelVoteRecord>> GetVisibleVotesAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var found = await votes.GetByIdsAsync(ids, cancellationToken);
        var panelsSeen = await GetVisiblePanelsAsync(viewer, found.Values.Select(v => v.PanelId).Distinct().ToList(), cancellationToken);
        return found.Where(v => panelsSeen.ContainsKey(v.Value.PanelId)).ToDictionary(v => v.Key, v => v.Value);
    }

    /// <summary>The judge submits the sheet of their assignment; the domain checks every score and locks the sheet.</summary>
    public async Task<AssignmentRecord> SubmitScoreSheetAsync(
        Viewer viewer, Guid assignmentId, IReadOnlyList<CriterionScore> scores, string? comment, CancellationToken cancellationToken)
    {
        var judgeId = access.RequireUser(viewer);
        var assignment = (await assignments.GetByIdsAsync([assignmentId], cancellationToken)).GetValueOrDefault(assignmentId)
            ?? throw new NotFoundException("Không tìm thấy phân công chấm.", "assignmentId");
        var command = new SubmitScoreSheetCommand(assignment.Id, scores, comment, judgeId);
        (await grains.GetGrain<IJudgingGrain>(assignment.CampaignId).SubmitScoreSheetAsync(command)).Unwrap();
        return (await assignments.GetByIdsAsync([assignment.Id], cancellationToken))[assignment.Id];
    }

    /// <summary>The chair of the assignment's panel reopens its submitted sheet, with a reason.</summary>
    public async Task<AssignmentRecord> ReopenScoreSheetAsync(Viewer viewer, Guid assignmentId, string reason, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        var assignment = (await assignments.GetByIdsAsync([assignmentId], cancellationToken)).GetValueOrDefault(assignmentId)
            ?? throw new NotFoundException("Không tìm thấy phân công chấm.", "assignmentId");
        (await grains.GetGrain<IJudgingGrain>(assignment.CampaignId).ReopenScoreSheetAsync(assignment.Id, reason, actorId)).Unwrap();
        return (await assignments.GetByIdsAsync([assignment.Id], cancellationToken))[assignment.Id];
    }
}
