using InitiativeHub.Domain.Entries;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Entries;

public sealed class UpdateEntryPayloadGraphType : PayloadGraphType<Entry>
{
    public UpdateEntryPayloadGraphType()
        : base("UpdateEntryPayload")
    {
        Field<EntryGraphType>("entry").Resolve(c => c.Source.Result);
    }
}
