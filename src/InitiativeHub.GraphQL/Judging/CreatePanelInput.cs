namespace InitiativeHub.GraphQL.Judging;

public sealed class CreatePanelInput
{
    public string CampaignId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public IReadOnlyList<string>? CategoryIds { get; set; }

    public IReadOnlyList<PanelMemberInput> Members { get; set; } = [];
}
