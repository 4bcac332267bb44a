using GraphQL.Types;
using InitiativeHub.GraphQL.Scalars;
using InitiativeHub.Application.Directives;
using InitiativeHub.GraphQL.Entries;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Directives;

/// <summary>One line behind a counted figure.</summary>
public sealed class FigureItemGraphType : ObjectGraphType<FigureItem>
{
    public FigureItemGraphType()
    {
        Name = "FigureItem";
        Field<NonNullGraphType<IdGraphType>>("entryId").Resolve(c => GlobalId.Encode(EntryGraphType.TypeName, c.Source.EntryId));
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<EntryKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("categoryName").Resolve(c => c.Source.CategoryName);
        Field<NonNullGraphType<StringGraphType>>("organizationName").Resolve(c => c.Source.OrganizationName);
        Field<NonNullGraphType<StringGraphType>>("campaignTitle").Resolve(c => c.Source.CampaignTitle);
        Field<NonNullGraphType<VietnamDateTimeGraphType>>("submittedAt").Resolve(c => c.Source.SubmittedAt);
        Field<StringGraphType>("receiptNumber").Resolve(c => c.Source.ReceiptNumber);
    }
}
