namespace InitiativeHub.GraphQL.Awards;

public sealed class RevokeAwardInput
{
    public string AwardId { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
}
