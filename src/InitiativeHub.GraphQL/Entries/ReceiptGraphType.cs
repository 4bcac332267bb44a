using GraphQL.Types;
using InitiativeHub.Application.Entries;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Entries;

/// <summary>A submission receipt (giấy biên nhận).</summary>
public sealed class ReceiptGraphType : ObjectGraphType<Receipt>
{
    public ReceiptGraphType()
    {
        Name = "Receipt";
        Field<NonNullGraphType<StringGraphType>>("number").Resolve(c => c.Source.Number);
        Field<NonNullGraphType<VietnamDateTimeGraphType>>("submittedAt").Resolve(c => c.Source.SubmittedAt);
        Field<NonNullGraphType<StringGraphType>>("digest").Description("SHA-256 (hex) over the submitted content and attachments.").Resolve(c => c.Source.Digest);
    }
}
