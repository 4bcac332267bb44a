using GraphQL.Types;
using InitiativeHub.GraphQL.Scalars;
using InitiativeHub.Application.Directives;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;

namespace InitiativeHub.GraphQL.Directives;

/// <summary>One recipient in the issuer's aggregate (merged recipients rolled into their successor).</summary>
public sealed class DirectiveAggregateRowGraphType : ObjectGraphType<DirectiveAggregateRow>
{
    public DirectiveAggregateRowGraphType()
    {
        Name = "DirectiveAggregateRow";
        Field<NonNullGraphType<OrganizationGraphType>>("organization").Resolve(c => c.Service<RequestLoaders>().OrganizationById.Load(c.Source.OrganizationId));
        Field<NonNullGraphType<StringGraphType>>("organizationName").Resolve(c => c.Source.OrganizationName);
        Field<NonNullGraphType<UnitReportStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Resolve(c => c.Source.Overdue);
        Field<VietnamDateTimeGraphType>("submittedAt").Resolve(c => c.Source.SubmittedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitReportGraphType>>>>("reports").Resolve(c => c.Source.Reports);
        Field<NonNullGraphType<IntGraphType>>("initiativesSubmitted").Resolve(c => c.Source.Figures.EntriesSubmitted);
        Field<NonNullGraphType<IntGraphType>>("initiativesRecognized").Resolve(c => c.Source.Figures.InitiativesRecognized);
        Field<NonNullGraphType<IntGraphType>>("awardsApproved").Resolve(c => c.Source.Figures.AwardsApproved);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityCountGraphType>>>>("activities").Resolve(c => c.Source.Activities);
    }
}
