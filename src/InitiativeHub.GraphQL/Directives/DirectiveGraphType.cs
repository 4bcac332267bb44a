using GraphQL.Types;
using InitiativeHub.GraphQL.Scalars;
using InitiativeHub.Application.Directives;
using InitiativeHub.Application.Organizations;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Relay;

using Directive = InitiativeHub.Domain.Directives.Directive;

namespace InitiativeHub.GraphQL.Directives;

/// <summary>A directive (công văn) asking lower organizations to act and report by a due date.</summary>
public sealed class DirectiveGraphType : ObjectGraphType<Directive>
{
    public const string TypeName = "Directive";

    public DirectiveGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is Directive;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("code").Description("Document number, e.g. 1456/SKHCN-QLCN.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<OrganizationGraphType>>("issuer").Resolve(c => c.Service<RequestLoaders>().OrganizationById.Load(c.Source.IssuerId));
        Field<NonNullGraphType<StringGraphType>>("issuerName").Description("The issuer's name in force when the directive was issued.").Resolve(c => c.Source.IssuerName);
        Field<NonNullGraphType<VietnamDateTimeGraphType>>("reportDueAt").Resolve(c => c.Source.ReportDueAt);
        Field<NonNullGraphType<CalendarDateGraphType>>("periodStart").Resolve(c => c.Source.PeriodStart);
        Field<NonNullGraphType<CalendarDateGraphType>>("periodEnd").Resolve(c => c.Source.PeriodEnd);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("legalBasis").Resolve(c => c.Source.LegalBasis);
        Field<StringGraphType>("requestedContent").Resolve(c => c.Source.RequestedContent);
        Field<NonNullGraphType<VietnamDateTimeGraphType>>("issuedAt").Resolve(c => c.Source.IssuedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationGraphType>>>>("recipients")
            .ResolveAsync(async c =>
            {
                var found = await c.Service<OrganizationService>().GetByIdsAsync(c.Source.RecipientIds, c.CancellationToken);
                return c.Source.RecipientIds.Where(found.ContainsKey).Select(id => found[id]).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitReportGraphType>>>>("reports")
            .Description("Every recipient's report for the issuer (drafts show their status only); the viewer's own organizations' for a recipient.")
            .ResolveAsync(async c => await c.Service<DirectiveService>().ListReportsAsync(c.GetViewer(), c.Source, c.CancellationToken));
    }
}
