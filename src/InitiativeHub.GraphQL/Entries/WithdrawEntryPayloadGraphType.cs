using InitiativeHub.Domain.Entries;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Entries;

public sealed class WithdrawEntryPayloadGraphType : PayloadGraphType<Entry>
{
    public WithdrawEntryPayloadGraphType()
        : base("WithdrawEntryPayload")
    {
        Field<EntryGraphType>("entry").Resolve(c => c.Source.Result);
    }
}
