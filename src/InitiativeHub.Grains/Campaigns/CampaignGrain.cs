using InitiativeHub.Application.Awards;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Common.Results;
using InitiativeHub.Domain.Awards;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.Grains.Campaigns;

/// <summary>Single writer of one campaign: creation and phase changes (publication with the entries' outcomes) are serialized here.</summary>
public sealed class CampaignGrain(ICampaignRepository repository, ICampaignReader reader, IAwardRepository awards, TimeProvider clock) : Grain, ICampaignGrain
{
    public Task<CommandResult<Guid>> CreateAsync(CreateCampaignCommand command) =>
        CommandRunner.RunAsync(async () =>
        {
            var id = this.GetPrimaryKey();
            if (await repository.GetAsync(id, CancellationToken.None) is not null)
            {
                throw new DomainException(ErrorCodes.Conflict, "Phong trào này đã tồn tại.");
            }

            var campaign = Campaign.Create(id, command.ToDefinition(), clock.GetUtcNow());
            await repository.AddAsync(campaign, command.ActorId, CancellationToken.None);
            return id;
        });

    public Task<CommandResult<CampaignPhase>> ChangePhaseAsync(CampaignPhase target, Guid actorId) =>
        CommandRunner.RunAsync(async () =>
        {
            var campaign = await repository.GetAsync(this.GetPrimaryKey(), CancellationToken.None)
                ?? throw new NotFoundException("Không tìm thấy phong trào.", "campaignId");
            var before = campaign.Phase;
            var submitted = target == CampaignPhase.Draft ? await reader.CountSubmittedEntriesAsync(campaign.Id, CancellationToken.None) : 0;
            campaign.ChangePhase(target, submitted, clock.GetUtcNow());
            if (campaign.Phase == CampaignPhase.Published)
            {
                // Publication closes the contest: every entry still in it ends AWARDED or NOT_AWARDED, none undecided.
                var awarded = AwardProposal.AwardedEntries(await awards.ListByCampaignAsync(campaign.Id, CancellationToken.None));
                await repository.PublishAsync(
                    campaign, awarded, actorId, new { From = before.ToString(), To = target.ToString(), Awarded = awarded.Count }, CancellationToken.None);
                return campaign.Phase;
            }

            await repository.SaveAsync(campaign, actorId, "phase-changed", new { From = before.ToString(), To = target.ToString() }, CancellationToken.None);
            return campaign.Phase;
        });

    public Task<CommandResult<IReadOnlyList<string>>> UpdateAsync(CampaignChanges changes, Guid actorId) =>
        CommandRunner.RunAsync(async () =>
        {
            var campaign = await repository.GetAsync(this.GetPrimaryKey(), CancellationToken.None)
                ?? throw new NotFoundException("Không tìm thấy phong trào.", "campaignId");
            var (opensAt, closesAt) = (campaign.SubmissionOpensAt, campaign.SubmissionClosesAt);
            var usage = await reader.GetUsageAsync(campaign.Id, CancellationToken.None);
            var changed = campaign.Update(changes, usage, clock.GetUtcNow());
            if (changed.Count > 0)
            {
                // The audit names the changed fields, and the window before and after (what submitters notice).
                await repository.SaveAsync(
                    campaign,
                    actorId,
                    "updated",
                    new
                    {
                        Fields = changed,
                        Phase = campaign.Phase.ToString(),
                        Window = changed.Contains("submissionOpensAt") || changed.Contains("submissionClosesAt")
                            ? new { From = new { OpensAt = opensAt, ClosesAt = closesAt }, To = new { OpensAt = campaign.SubmissionOpensAt, ClosesAt = campaign.SubmissionClosesAt } }
                            : null,
                    },
                    CancellationToken.None);
            }

            return changed;
        });
}
