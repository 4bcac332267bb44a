using GraphQL.Types;
using InitiativeHub.Application.Judging;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Judging;

public sealed class AssignJudgesPayloadGraphType : PayloadGraphType<IReadOnlyList<AssignmentRecord>>
{
    public AssignJudgesPayloadGraphType()
        : base("AssignJudgesPayload")
    {
        Field<ListGraphType<NonNullGraphType<AssignmentGraphType>>>("assignments").Description("The panel's assignments afterwards.").Resolve(c => c.Source.Result);
    }
}
