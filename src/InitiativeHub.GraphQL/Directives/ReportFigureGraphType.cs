using GraphQL.Types;
using InitiativeHub.Application.Directives;

namespace InitiativeHub.GraphQL.Directives;

public sealed class ReportFigureGraphType : EnumerationGraphType<ReportFigure>
{
    public ReportFigureGraphType() => Name = "ReportFigure";
}
