using GraphQL.Types;
using InitiativeHub.Application.Entries;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Entries;

/// <summary>A frozen submitted version: readable by organizers after later changes.</summary>
public sealed class EntryVersionGraphType : ObjectGraphType<EntryVersionRecord>
{
    public EntryVersionGraphType()
    {
        Name = "EntryVersion";
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("receiptNumber").Resolve(c => c.Source.ReceiptNumber);
        Field<NonNullGraphType<StringGraphType>>("digest").Resolve(c => c.Source.Digest);
        Field<NonNullGraphType<VietnamDateTimeGraphType>>("submittedAt").Resolve(c => c.Source.SubmittedAt);
        Field<NonNullGraphType<StringGraphType>>("content").Description("The canonical JSON form that the digest covers.").Resolve(c => c.Source.CanonicalForm);
    }
}
