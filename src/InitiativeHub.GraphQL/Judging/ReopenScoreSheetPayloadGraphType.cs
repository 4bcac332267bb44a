using InitiativeHub.Application.Judging;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Judging;

public sealed class ReopenScoreSheetPayloadGraphType : PayloadGraphType<AssignmentRecord>
{
    public ReopenScoreSheetPayloadGraphType()
        : base("ReopenScoreSheetPayload")
    {
        Field<AssignmentGraphType>("assignment").Resolve(c => c.Source.Result);
    }
}
