using InitiativeHub.Application.Judging;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Judging;

public sealed class AssignmentsConnectionGraphType() : ConnectionGraphType<AssignmentsEdgeGraphType, AssignmentGraphType, AssignmentRecord>("Assignments");
