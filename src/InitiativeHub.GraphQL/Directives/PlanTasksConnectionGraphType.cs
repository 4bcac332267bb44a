using InitiativeHub.Domain.Directives;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Directives;

public sealed class PlanTasksConnectionGraphType() : ConnectionGraphType<PlanTasksEdgeGraphType, PlanTaskGraphType, PlanTask>("PlanTasks");
