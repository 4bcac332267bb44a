using InitiativeHub.Application.Common.Results;
using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.Application.Campaigns;

/// <summary>The single writer of one campaign (keyed by its id): its definition, window and phase.</summary>
public interface ICampaignGrain : IGrainWithGuidKey
{
    Task<CommandResult<Guid>> CreateAsync(CreateCampaignCommand command);

    Task<CommandResult<CampaignPhase>> ChangePhaseAsync(CampaignPhase target, Guid actorId);

    /// <summary>Applies an edit under the phase rules; returns the names of the fields that changed.</summary>
    Task<CommandResult<IReadOnlyList<string>>> UpdateAsync(CampaignChanges changes, Guid actorId);
}
