using InitiativeHub.Application.Entries;
using InitiativeHub.Domain.Entries;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Entries;

public sealed class SubmitEntryPayloadGraphType : PayloadGraphType<(Entry Entry, Receipt Receipt)>
{
    public SubmitEntryPayloadGraphType()
        : base("SubmitEntryPayload")
    {
        Field<EntryGraphType>("entry").Resolve(c => c.Source.Errors is null ? c.Source.Result.Entry : null);
        Field<ReceiptGraphType>("receipt").Resolve(c => c.Source.Errors is null ? c.Source.Result.Receipt : null);
    }
}
