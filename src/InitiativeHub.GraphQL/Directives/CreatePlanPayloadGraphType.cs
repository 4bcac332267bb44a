using InitiativeHub.Domain.Directives;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Directives;

public sealed class CreatePlanPayloadGraphType : PayloadGraphType<Plan>
{
    public CreatePlanPayloadGraphType()
        : base("CreatePlanPayload")
    {
        Field<PlanGraphType>("plan").Resolve(c => c.Source.Result);
    }
}
