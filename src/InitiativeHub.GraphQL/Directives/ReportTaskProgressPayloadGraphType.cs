using InitiativeHub.Domain.Directives;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Directives;

public sealed class ReportTaskProgressPayloadGraphType : PayloadGraphType<PlanTask>
{
    public ReportTaskProgressPayloadGraphType()
        : base("ReportTaskProgressPayload")
    {
        Field<PlanTaskGraphType>("task").Resolve(c => c.Source.Result);
    }
}
