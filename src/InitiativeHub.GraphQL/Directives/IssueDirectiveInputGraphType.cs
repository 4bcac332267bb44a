using GraphQL.Types;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Directives;

public sealed class IssueDirectiveInputGraphType : InputObjectGraphType<IssueDirectiveInput>
{
    public IssueDirectiveInputGraphType()
    {
        Name = "IssueDirectiveInput";
        Field<NonNullGraphType<IdGraphType>>("issuerId");
        Field<NonNullGraphType<StringGraphType>>("code").Description("Document number, e.g. 1456/SKHCN-QLCN.");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<VietnamDateTimeGraphType>>("reportDueAt");
        Field<NonNullGraphType<CalendarDateGraphType>>("periodStart");
        Field<NonNullGraphType<CalendarDateGraphType>>("periodEnd");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("recipientIds")
            .Description("Organizations under the issuer's own parent (its province), never the issuer or its superiors.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("legalBasis");
        Field<StringGraphType>("requestedContent");
    }
}
