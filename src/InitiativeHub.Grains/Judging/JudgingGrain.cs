using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Common.Results;
using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Grains.Judging;

/// <summary>
/// Single writer of one campaign's judging: every change is applied by the domain rules against the campaign as
/// stored, then committed with its audit record before the grain answers.
/// </summary>
public sealed class JudgingGrain(IPanelRepository panels, ICampaignRepository campaigns) : Grain, IJudgingGrain
{
    public Task<CommandResult<Guid>> CreatePanelAsync(CreatePanelCommand command) =>
        CommandRunner.RunAsync(async () =>
        {
            var campaign = await campaigns.GetAsync(this.GetPrimaryKey(), CancellationToken.None)
                ?? throw new NotFoundException("Không tìm thấy phong trào.", "campaignId");
            var panel = Panel.Create(command.PanelId, campaign, command.Name, command.CategoryIds, command.Members);
            await panels.AddAsync(panel, command.ActorId, CancellationToken.None);
            return panel.Id;
        });
}
