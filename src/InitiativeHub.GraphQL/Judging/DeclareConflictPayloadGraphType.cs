using InitiativeHub.Application.Judging;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Judging;

public sealed class DeclareConflictPayloadGraphType : PayloadGraphType<AssignmentRecord>
{
    public DeclareConflictPayloadGraphType()
        : base("DeclareConflictPayload")
    {
        Field<AssignmentGraphType>("assignment").Resolve(c => c.Source.Result);
    }
}
