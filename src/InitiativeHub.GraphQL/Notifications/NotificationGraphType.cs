using GraphQL.Types;
using InitiativeHub.Application.Notifications;
using InitiativeHub.GraphQL.Relay;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Notifications;

/// <summary>An in-app notice (the same one is mailed through the outbox).</summary>
public sealed class NotificationGraphType : ObjectGraphType<Notice>
{
    public const string TypeName = "Notification";

    public NotificationGraphType()
    {
        Name = TypeName;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("kind").Description("e.g. entry-submitted, entry-returned, entry-accepted, entry-rejected.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("body").Resolve(c => c.Source.Body);
        Field<IdGraphType>("entryId").Resolve(c => c.Source.EntryId is { } id ? GlobalId.Encode("Entry", id) : null);
        Field<NonNullGraphType<VietnamDateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<VietnamDateTimeGraphType>("readAt").Resolve(c => c.Source.ReadAt);
    }
}
