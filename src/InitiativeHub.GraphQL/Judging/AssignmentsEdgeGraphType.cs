using InitiativeHub.Application.Judging;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Judging;

public sealed class AssignmentsEdgeGraphType() : EdgeGraphType<AssignmentGraphType, AssignmentRecord>("Assignments");
