namespace InitiativeHub.GraphQL.Notifications;

public sealed class MarkNotificationsReadInput
{
    public List<string> Ids { get; set; } = [];
}
