using GraphQL.Types;
using InitiativeHub.Application.Entries;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Entries;

public sealed class ReceiptVerificationGraphType : ObjectGraphType<ReceiptCheck>
{
    public ReceiptVerificationGraphType()
    {
        Name = "ReceiptVerification";
        Field<NonNullGraphType<BooleanGraphType>>("valid").Resolve(c => c.Source.Valid);
        Field<StringGraphType>("entryTitle").Resolve(c => c.Source.EntryTitle);
        Field<VietnamDateTimeGraphType>("submittedAt").Resolve(c => c.Source.SubmittedAt);
    }
}
