using InitiativeHub.Domain.Entries;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Entries;

public sealed class ScreenEntryPayloadGraphType : PayloadGraphType<Entry>
{
    public ScreenEntryPayloadGraphType()
        : base("ScreenEntryPayload")
    {
        Field<EntryGraphType>("entry").Resolve(c => c.Source.Result);
    }
}
