using GraphQL.Types;
using InitiativeHub.Application.Judging;

namespace InitiativeHub.GraphQL.Judging;

public sealed class AssignmentStatusGraphType : EnumerationGraphType<AssignmentStatus>
{
    public AssignmentStatusGraphType() => Name = "AssignmentStatus";
}
