using InitiativeHub.Application.Judging;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Judging;

public sealed class SubmitScoreSheetPayloadGraphType : PayloadGraphType<AssignmentRecord>
{
    public SubmitScoreSheetPayloadGraphType()
        : base("SubmitScoreSheetPayload")
    {
        Field<AssignmentGraphType>("assignment").Resolve(c => c.Source.Result);
    }
}
