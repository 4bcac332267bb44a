using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Common.Results;
using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Judging;
using Microsoft.Extensions.Logging;

namespace InitiativeHub.Grains.Judging;

/// <summary>
/// Single writer of one campaign's judging: every change is applied by the domain rules against the campaign as
/// stored, then committed with its audit record before the grain answers. It keeps the facts the ranking is computed
/// from (assignments, accepted entries, submitted sheets) in memory, recomputes the ranking whenever a sheet is submitted
/// or reopened and saves, in the same transaction as the sheet, only the result rows that differ from the ranking it last
/// saved (read back from the stored results on activation; the ranking query reads them from there, never through the
/// grain), then publishes those rows on the ranking stream. Assignment writes all go through this grain and drop the
/// kept facts; accepted entries never change once accepted, so nothing outside the grain makes them stale.
/// </summary>
public sealed partial class JudgingGrain(
    IPanelRepository panels,
    IAssignmentRepository assignments,
    IScoreSheetRepository sheets,
    IResultReader results,
    IPanelVoteRepository votes,
    ICampaignRepository campaigns,
    TimeProvider clock,
    ILogger<JudgingGrain> logger)
    : Grain, IJudgingGrain
{
    private IReadOnlyList<EntryResultRecord> _ranking = [];

    // What the result calculation needs, kept between sheets (loaded on first need) so a sheet does not reread the
    // campaign. Replaced only after a write commits; dropped when assignments change, reloaded on the next sheet.
    private ScoringState? _scoring;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _ranking = await results.ListByCampaignAsync(this.GetPrimaryKey(), cancellationToken);
        await base.OnActivateAsync(cancellationToken);
    }

    public Task<CommandResult<Guid>> RecordPanelVoteAsync(RecordPanelVoteCommand command) =>
        CommandRunner.RunAsync(async () =>
        {
            var campaign = await LoadCampaignAsync();
            if (campaign.Phase is not (CampaignPhase.Judging or CampaignPhase.Deliberation))
            {
                throw new DomainException(ErrorCodes.WrongPhase, "Chỉ ghi biểu quyết của hội đồng trong giai đoạn chấm hoặc xét duyệt.", "panelId");
            }

            var panel = (await panels.GetByCampaignAsync(campaign.Id, CancellationToken.None)).FirstOrDefault(p => p.Id == command.PanelId)
                ?? throw new NotFoundException("Không tìm thấy hội đồng.", "panelId");
            VoteThreshold? threshold = (command.ThresholdNumerator, command.ThresholdDenominator) switch
            {
                (null, null) => null,
                ({ } numerator, { } denominator) => VoteThreshold.Of(numerator, denominator),
                _ => throw new ValidationException("Tỷ lệ thông qua cần cả tử số và mẫu số.", "threshold"),
            };
            var accepted = (await assignments.GetAcceptedEntriesAsync(campaign.Id, CancellationToken.None)).Select(e => e.Id).ToHashSet();
            var entryIds = command.EntryIds.Distinct().ToList();
            if (entryIds.Any(id => !accepted.Contains(id)))
            {
                throw new NotFoundException("Danh sách đề nghị chỉ gồm hồ sơ đã được tiếp nhận của phong trào.", "entryIds");
            }

            var now = clock.GetUtcNow();
            var vote = PanelVote.Open(command.VoteId, panel, command.Subject, command.Kind, threshold, now);
            vote.RecordAttendance(command.PresentMemberIds);
            if (command.Kind == BallotKind.Open)
            {
                if (command.Ballots is null || command.VotedMemberIds is not null || command.Yes is not null || command.No is not null || command.Abstain is not null)
                {
                    throw new ValidationException("Biểu quyết công khai ghi lựa chọn của từng thành viên (ballots), không ghi số phiếu.", "ballots");
                }

                foreach (var ballot in command.Ballots)
                {
                    vote.Cast(ballot.MemberId, ballot.Choice);
                }
            }
            else
            {
                if (command.Ballots is not null || command.VotedMemberIds is null || command.Yes is null || command.No is null || command.Abstain is null)
                {
                    throw new ValidationException("Bỏ phiếu kín ghi người đã bỏ phiếu và số phiếu, không ghi lựa chọn của từng người.", "ballots");
                }

                vote.RecordSecretCount(command.VotedMemberIds, command.Yes.Value, command.No.Value, command.Abstain.Value);
            }

            vote.Close(now);
            await votes.AddAsync(PanelVoteRecord.From(vote, campaign.Id, entryIds, command.ActorId), CancellationToken.None);
            return vote.Id;
        });

    public Task<CommandResult<Guid>> CreatePanelAsync(CreatePanelCommand command) =>
        CommandRunner.RunAsync(async () =>
        {
            var campaign = await LoadCampaignAsync();
            var panel = Panel.Create(command.PanelId, campaign, command.Name, command.CategoryIds, command.Members);
            await panels.AddAsync(panel, command.ActorId, CancellationToken.None);
            return panel.Id;
        });

    public Task<CommandResult<int>> AssignJudgesAsync(AssignJudgesCommand command) =>
        CommandRunner.RunAsync(async () =>
        {
            var state = await LoadStateAsync(command.PanelId);
            if (command.EntryIds is null && command.JudgeIds is null)
            {
                var plan = state.Plan(command.JudgesPerEntry, []);
                var (added, removed) = Apply(state, plan, command.JudgesPerEntry);
                await assignments.SaveAsync(
                    added, [], removed, state.Campaign.Id, command.ActorId, "judges-assigned",
                    new { PanelId = state.Panel.Id, command.JudgesPerEntry, Added = added.Count, Removed = removed.Count, Shortfalls = plan.Shortfalls.Count },
                    CancellationToken.None);
                _scoring = null;
                return added.Count;
            }

            if (command.EntryIds is not { Count: > 0 } || command.JudgeIds is not { Count: > 0 })
            {
                throw new ValidationException("Phân công thủ công cần cả danh sách hồ sơ và danh sách giám khảo.", "judgeIds");
            }

            var manual = new List<AssignmentRecord>();
            var existing = state.Active.Select(r => r.ToDomain()).ToList();
            foreach (var entryId in command.EntryIds.Distinct())
            {
                var entry = state.Entries.FirstOrDefault(e => e.EntryId == entryId)
                    ?? throw new NotFoundException("Không tìm thấy hồ sơ đã được tiếp nhận để chấm.", "entryIds");
                foreach (var judgeId in command.JudgeIds.Distinct())
                {
                    var assignment = BalancedAssignment.AssignManually(entry, state.Panel, judgeId, existing, state.Conflicts);
                    existing.Add(assignment);
                    manual.Add(NewRecord(state, assignment, command.JudgesPerEntry));
                }
            }

            await assignments.SaveAsync(
                manual, [], [], state.Campaign.Id, command.ActorId, "judges-assigned-manually",
                new { PanelId = state.Panel.Id, Pairs = manual.Select(r => new { r.EntryId, r.JudgeId }) },
                CancellationToken.None);
            _scoring = null;
            return manual.Count;
        });

    public Task<CommandResult<Guid>> DeclareConflictAsync(Guid entryId, Guid judgeId, string reason) =>
        CommandRunner.RunAsync(async () =>
        {
            var records = await assignments.GetByCampaignAsync(this.GetPrimaryKey(), CancellationToken.None);
            var record = records.FirstOrDefault(r => r.EntryId == entryId && r.JudgeId == judgeId && r.Status != AssignmentStatus.Conflict)
                ?? throw new DomainException(JudgingErrorCodes.NotYourAssignment, "Bạn không được phân công chấm hồ sơ này.", "entryId");
            var conflict = ConflictOfInterest.Declare(judgeId, entryId, reason);
            var state = await LoadStateAsync(record.PanelId);
            record.Status = AssignmentStatus.Conflict;
            record.ConflictNote = conflict.Note;
            var plan = state.Plan(record.JudgesPerEntry, [conflict]);
            var (added, removed) = Apply(state, plan, record.JudgesPerEntry);
            removed = removed.Where(r => r.Id != record.Id).ToList();
            await assignments.SaveAsync(
                added, [record], removed, state.Campaign.Id, judgeId, "conflict-declared",
                new { record.Id, entryId, judgeId, Reason = conflict.Note, Reassigned = added.Select(r => r.JudgeId) },
                CancellationToken.None);
            _scoring = null;
            return record.Id;
        });

    public Task<CommandResult<Guid>> SubmitScoreSheetAsync(SubmitScoreSheetCommand command) =>
        CommandRunner.RunAsync(async () =>
        {
            var campaign = await LoadCampaignAsync();
            var scoring = await LoadScoringAsync(campaign.Id);
            var record = scoring.Assignment(command.AssignmentId);
            if (record.JudgeId == command.JudgeId && record.Status == AssignmentStatus.Conflict)
            {
                throw new DomainException(JudgingErrorCodes.ConflictOfInterest, "Bạn đã khai báo xung đột lợi ích với hồ sơ này.", "assignmentId");
            }

            var now = clock.GetUtcNow();
            var existing = await sheets.FindAsync(record.EntryId, record.JudgeId, CancellationToken.None);
            var sheet = existing ?? ScoreSheet.Start(Guid.CreateVersion7(), record.ToDomain(), command.JudgeId, campaign.Permissions, now);
            sheet.Submit(campaign.Rubric, command.Scores, command.Comment, command.JudgeId, campaign.Permissions, now);
            record.Status = AssignmentStatus.Scored;
            var next = scoring.With(record, sheet);
            var (ranking, changed, removed) = Diff(Recompute(campaign, next, now));
            await sheets.SaveAsync(
                sheet, existing is null, record, changed, removed, command.JudgeId, "sheet-submitted",
                new { SheetId = sheet.Id, record.EntryId, record.JudgeId, sheet.Total, Scores = sheet.Scores.Select(s => new { s.Code, s.Points }) },
                CancellationToken.None);
            _scoring = next;
            await PublishAsync(ranking, changed);
            return sheet.Id;
        });

    public Task<CommandResult<Guid>> ReopenScoreSheetAsync(Guid assignmentId, string reason, Guid actorId) =>
        CommandRunner.RunAsync(async () =>
        {
            var campaign = await LoadCampaignAsync();
            var scoring = await LoadScoringAsync(campaign.Id);
            var record = scoring.Assignment(assignmentId);
            var panel = (await panels.GetByCampaignAsync(campaign.Id, CancellationToken.None)).First(p => p.Id == record.PanelId);
            var sheet = await sheets.FindAsync(record.EntryId, record.JudgeId, CancellationToken.None)
                ?? throw new DomainException(JudgingErrorCodes.SheetNotSubmitted, "Phiếu chấm chưa nộp nên không cần mở lại.", "assignmentId");
            var now = clock.GetUtcNow();
            sheet.Reopen(panel, actorId, reason, campaign.Permissions, now);
            record.Status = AssignmentStatus.Assigned;
            var next = scoring.With(record, sheet);
            var (ranking, changed, removed) = Diff(Recompute(campaign, next, now));
            await sheets.SaveAsync(
                sheet, false, record, changed, removed, actorId, "sheet-reopened", new { SheetId = sheet.Id, record.EntryId, record.JudgeId, Reason = sheet.Reopenings[^1].Reason },
                CancellationToken.None);
            _scoring = next;
            await PublishAsync(ranking, changed);
            return sheet.Id;
        });

    /// <summary>
    /// Results of every accepted entry that has a judge, from all submitted sheets in <paramref name="scoring"/> (the state
    /// as it will be once the sheet is saved): normalization is per judge across the campaign, so one sheet can move other entries.
    /// </summary>
    private static List<EntryResultRecord> Recompute(Campaign campaign, ScoringState scoring, DateTimeOffset now)
    {
        var judged = scoring.JudgedEntryIds();
        var entries = scoring.Entries.Values.Where(e => judged.Contains(e.EntryId)).ToList();
        var computed = ResultCalculator.Calculate(
            campaign.Rubric, campaign.AwardTiers, entries.Select(e => new ResultEntry(e.EntryId, e.SubmittedAt)).ToList(), scoring.Submitted.Values.ToList());
        return EntryResultRecord.From(campaign.Id, campaign.Rubric, computed, entries.ToDictionary(e => e.EntryId, e => e.CategoryId), now)
            .OrderBy(r => r.ScoreSortKey, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Compares <paramref name="computed"/> with the stored ranking once per sheet: the ranking as it will be stored
    /// (an unchanged row keeps its stored instance, so its ComputedAt stays), the rows to write, and the entries it no
    /// longer has.
    /// </summary>
    private (List<EntryResultRecord> Ranking, List<EntryResultRecord> Changed, List<Guid> Removed) Diff(IReadOnlyList<EntryResultRecord> computed)
    {
        var stored = _ranking.ToDictionary(r => r.EntryId);
        var ranking = new List<EntryResultRecord>(computed.Count);
        var changed = new List<EntryResultRecord>();
        foreach (var row in computed)
        {
            if (stored.Remove(row.EntryId, out var old) && old.SameAs(row))
            {
                ranking.Add(old);
            }
            else
            {
                ranking.Add(row);
                changed.Add(row);
            }
        }

        return (ranking, changed, stored.Keys.ToList());
    }

    private async Task<ScoringState> LoadScoringAsync(Guid campaignId)
    {
        if (_scoring is { } loaded)
        {
            return loaded;
        }

        var records = await assignments.GetByCampaignAsync(campaignId, CancellationToken.None);
        var entries = await assignments.GetAcceptedEntriesAsync(campaignId, CancellationToken.None);
        var submitted = await sheets.GetByCampaignAsync(campaignId, CancellationToken.None);
        _scoring = ScoringState.From(records, entries, submitted);
        return _scoring;
    }

    /// <summary>Takes the saved ranking as the live one and pushes the rows that changed to the ranking stream.</summary>
    private async Task PublishAsync(IReadOnlyList<EntryResultRecord> ranking, IReadOnlyList<EntryResultRecord> changed)
    {
        _ranking = ranking;
        if (changed.Count == 0)
        {
            return;
        }

        try
        {
            var stream = this.GetStreamProvider(RankingStream.ProviderName).GetStream<RankingChange>(RankingStream.For(this.GetPrimaryKey()));
            await stream.OnNextAsync(new RankingChange(this.GetPrimaryKey(), changed));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The sheet and results are committed; live viewers catch up on their next read of the ranking.
            LogPublishFailed(logger, exception, this.GetPrimaryKey());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not push the ranking change of campaign {CampaignId}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, Guid campaignId);

    private (List<AssignmentRecord> Added, List<AssignmentRecord> Removed) Apply(JudgingState state, AssignmentPlan plan, int judgesPerEntry)
    {
        var added = plan.Added.Select(a => NewRecord(state, a, judgesPerEntry)).ToList();
        var removed = plan.Removed
            .Select(r => state.Active.First(x => x.EntryId == r.Assignment.EntryId && x.JudgeId == r.Assignment.JudgeId))
            .ToList();
        return (added, removed);
    }

    private AssignmentRecord NewRecord(JudgingState state, Assignment assignment, int judgesPerEntry)
    {
        var id = Guid.CreateVersion7();
        return new AssignmentRecord
        {
            Id = id,
            CampaignId = state.Campaign.Id,
            PanelId = assignment.PanelId,
            EntryId = assignment.EntryId,
            JudgeId = assignment.JudgeId,
            Source = assignment.Source,
            Status = AssignmentStatus.Assigned,
            JudgesPerEntry = judgesPerEntry,
            AssignedAt = clock.GetUtcNow(),
            SortKey = id.ToString("N"),
        };
    }

    private async Task<JudgingState> LoadStateAsync(Guid panelId)
    {
        var campaign = await LoadCampaignAsync();
        var panel = (await panels.GetByCampaignAsync(campaign.Id, CancellationToken.None)).FirstOrDefault(p => p.Id == panelId)
            ?? throw new NotFoundException("Không tìm thấy hội đồng.", "panelId");
        var records = await assignments.GetByCampaignAsync(campaign.Id, CancellationToken.None);
        var entries = (await assignments.GetAcceptedEntriesAsync(campaign.Id, CancellationToken.None)).Where(e => panel.Covers(e.CategoryId)).ToList();
        var profiles = await assignments.GetJudgeProfilesAsync(panel.ScoringMemberIds, CancellationToken.None);
        var conflicts = ConflictOfInterestRules.DetectAll(entries.Select(EntryParties.From), profiles, campaign.ConflictIfSameOrganization)
            .Concat(records.Where(r => r.Status == AssignmentStatus.Conflict)
                .Select(r => new ConflictOfInterest(r.JudgeId, r.EntryId, ConflictReason.Declared, r.ConflictNote)))
            .ToList();
        return new JudgingState(
            campaign,
            panel,
            entries.Select(e => new AssignableEntry(e.Id, e.CategoryId)).ToList(),
            records.Where(r => r.PanelId == panel.Id && r.Status != AssignmentStatus.Conflict).ToList(),
            conflicts);
    }

    private async Task<Campaign> LoadCampaignAsync() =>
        await campaigns.GetAsync(this.GetPrimaryKey(), CancellationToken.None) ?? throw new NotFoundException("Không tìm thấy phong trào.", "campaignId");
}
