using GraphQL.Types;
using InitiativeHub.Domain.Directives;

namespace InitiativeHub.GraphQL.Directives;

public sealed class UnitReportStatusGraphType : EnumerationGraphType<UnitReportStatus>
{
    public UnitReportStatusGraphType() => Name = "UnitReportStatus";
}
