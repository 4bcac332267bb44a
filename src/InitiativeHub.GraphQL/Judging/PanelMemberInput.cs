using InitiativeHub.Domain.Judging;

namespace InitiativeHub.GraphQL.Judging;

public sealed class PanelMemberInput
{
    public string UserId { get; set; } = string.Empty;

    public PanelRole Role { get; set; }
}
