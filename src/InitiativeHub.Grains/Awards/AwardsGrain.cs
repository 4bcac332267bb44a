using InitiativeHub.Application.Awards;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Common.Results;
using InitiativeHub.Application.Common.Time;
using InitiativeHub.Application.Entries;
using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Awards;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Grains.Awards;

/// <summary>
/// Single writer of one campaign's awards: proposals read the stored ranking and every award of the campaign (and of
/// the entries a candidate duplicates) at the moment of writing, so quotas and "one achievement, one award" hold under
/// concurrent requests. Each step commits with its audit record before the grain answers.
/// </summary>
public sealed class AwardsGrain(
    IAwardRepository awards,
    IResultReader results,
    IEntryReader entries,
    ICampaignRepository campaigns,
    TimeProvider clock)
    : Grain, IAwardsGrain
{
    public Task<CommandResult<IReadOnlyList<Guid>>> ProposeAsync(Guid actorId) =>
        CommandRunner.RunAsync(async () =>
        {
            var campaign = await LoadCampaignAsync();
            if (campaign.Phase is not (CampaignPhase.Deliberation or CampaignPhase.Approval))
            {
                throw new DomainException(ErrorCodes.WrongPhase, "Chỉ đề nghị khen thưởng trong giai đoạn xét duyệt hoặc phê duyệt.", "campaignId");
            }

            var ranking = await results.ListByCampaignAsync(campaign.Id, CancellationToken.None);
            var found = await entries.GetByIdsAsync(ranking.Select(r => r.EntryId).ToList(), CancellationToken.None);
            var candidates = ranking.Where(r => found.ContainsKey(r.EntryId)).Select(r => Candidate(r, found[r.EntryId])).ToList();
            var originals = candidates.Where(c => c.DuplicateOfEntryId is not null).Select(c => c.DuplicateOfEntryId!.Value).Distinct().ToList();
            var existing = (await awards.ListByCampaignAsync(campaign.Id, CancellationToken.None))
                .Concat(await awards.ListByEntriesAsync(originals, CancellationToken.None))
                .DistinctBy(a => a.Id)
                .ToList();

            // No hold register (discipline, complaint) is kept by the platform yet; the rule applies to whatever one names.
            var result = AwardProposal.Propose(
                campaign.Id, campaign.AwardTiers, candidates, existing, new HashSet<Guid>(), Guid.CreateVersion7, actorId, clock.GetUtcNow());
            await awards.SaveAsync(
                result.Awards, [], campaign.Id, actorId, "awards-proposed",
                new
                {
                    Proposed = result.Awards.Select(a => new { a.Id, a.EntryId, a.TierId, a.Score, a.Rank }),
                    Skipped = result.Skipped.Select(s => new { s.EntryId, Reason = s.Reason.ToString() }),
                },
                CancellationToken.None);
            return (IReadOnlyList<Guid>)result.Awards.Select(a => a.Id).ToList();
        });

    public Task<CommandResult<IReadOnlyList<Guid>>> DecideAsync(
        IReadOnlyList<AwardDecisionCommand> decisions, string decisionNumber, DateOnly? decisionDate, Guid leaderId) =>
        CommandRunner.RunAsync(async () =>
        {
            var campaign = await LoadCampaignAsync();
            if (campaign.Phase != CampaignPhase.Approval)
            {
                throw new DomainException(ErrorCodes.WrongPhase, "Chỉ quyết định khen thưởng trong giai đoạn phê duyệt.", "decisions");
            }

            var number = DecisionNumber.Parse(decisionNumber);
            var now = clock.GetUtcNow();
            var date = DecisionDate.Resolve(decisionDate, VietnamDay(now), VietnamDay(campaign.SubmissionOpensAt));
            if (decisions.Count == 0 || decisions.Select(d => d.AwardId).Distinct().Count() != decisions.Count)
            {
                throw new ValidationException("Cần ít nhất một quyết định và mỗi khen thưởng chỉ một quyết định.", "decisions");
            }

            var stored = (await awards.ListByCampaignAsync(campaign.Id, CancellationToken.None)).ToDictionary(a => a.Id);
            var changed = new List<Award>();
            foreach (var decision in decisions)
            {
                var award = stored.GetValueOrDefault(decision.AwardId) ?? throw new NotFoundException("Không tìm thấy khen thưởng của phong trào.", "decisions");
                award.Decide(decision.Decision, decision.Reason, number, date, leaderId, now);
                changed.Add(award);
            }

            await awards.SaveAsync(
                [], changed, campaign.Id, leaderId, "awards-decided",
                new
                {
                    DecisionNumber = number.ToString(),
                    DecisionDate = date,
                    Decisions = changed.Select(a => new { a.Id, a.EntryId, Status = a.Status.ToString(), a.Reason }),
                },
                CancellationToken.None);
            return (IReadOnlyList<Guid>)changed.Select(a => a.Id).ToList();
        });

    public Task<CommandResult<Guid>> RevokeAsync(Guid awardId, string reason, Guid leaderId) =>
        CommandRunner.RunAsync(async () =>
        {
            var campaign = await LoadCampaignAsync();
            var award = (await awards.ListByCampaignAsync(campaign.Id, CancellationToken.None)).FirstOrDefault(a => a.Id == awardId)
                ?? throw new NotFoundException("Không tìm thấy khen thưởng.", "awardId");
            award.Revoke(reason, leaderId, clock.GetUtcNow());
            await awards.SaveAsync(
                [], [award], campaign.Id, leaderId, "award-revoked", new { award.Id, award.EntryId, award.DecisionNumber, award.Reason }, CancellationToken.None);
            return award.Id;
        });

    private static AwardCandidate Candidate(EntryResultRecord result, Entry entry) => new(
        entry.Id,
        entry.SubmitterKind == SubmitterKind.Collective ? AwardeeKind.Collective : AwardeeKind.Individual,
        entry.OrganizationId is { } organizationId ? [entry.SubmitterId, organizationId] : [entry.SubmitterId],
        entry.DuplicateOfEntryId,
        result.RawScore,
        result.Passed,
        result.Rank);

    private static DateOnly VietnamDay(DateTimeOffset instant) => DateOnly.FromDateTime(VietnamTime.ToLocal(instant).DateTime);

    private async Task<Campaign> LoadCampaignAsync() =>
        await campaigns.GetAsync(this.GetPrimaryKey(), CancellationToken.None) ?? throw new NotFoundException("Không tìm thấy phong trào.", "campaignId");
}
