using GraphQL.Types;

namespace InitiativeHub.GraphQL.Notifications;

public sealed class MarkNotificationsReadInputGraphType : InputObjectGraphType<MarkNotificationsReadInput>
{
    public MarkNotificationsReadInputGraphType()
    {
        Name = "MarkNotificationsReadInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids");
    }
}
