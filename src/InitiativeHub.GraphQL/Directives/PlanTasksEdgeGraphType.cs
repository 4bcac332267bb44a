using InitiativeHub.Domain.Directives;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Directives;

public sealed class PlanTasksEdgeGraphType() : EdgeGraphType<PlanTaskGraphType, PlanTask>("PlanTasks");
