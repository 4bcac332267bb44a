using GraphQL.Types;
using InitiativeHub.Domain.Directives;

namespace InitiativeHub.GraphQL.Directives;

public sealed class PlanTaskStatusGraphType : EnumerationGraphType<PlanTaskStatus>
{
    public PlanTaskStatusGraphType() => Name = "PlanTaskStatus";
}
