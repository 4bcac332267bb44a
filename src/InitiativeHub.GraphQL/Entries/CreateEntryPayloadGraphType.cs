using InitiativeHub.Domain.Entries;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Entries;

public sealed class CreateEntryPayloadGraphType : PayloadGraphType<Entry>
{
    public CreateEntryPayloadGraphType()
        : base("CreateEntryPayload")
    {
        Field<EntryGraphType>("entry").Resolve(c => c.Source.Result);
    }
}
