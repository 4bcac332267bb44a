using GraphQL.Types;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Notifications;

public sealed class MarkNotificationsReadPayloadGraphType : PayloadGraphType<int>
{
    public MarkNotificationsReadPayloadGraphType()
        : base("MarkNotificationsReadPayload")
    {
        Field<IntGraphType>("markedCount").Resolve(c => c.Source.Errors is null ? c.Source.Result : null);
    }
}
