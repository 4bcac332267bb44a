using InitiativeHub.Application.Judging;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Judging;

public sealed class RecordPanelVotePayloadGraphType : PayloadGraphType<PanelVoteRecord>
{
    public RecordPanelVotePayloadGraphType()
        : base("RecordPanelVotePayload")
    {
        Field<PanelVoteGraphType>("panelVote").Resolve(c => c.Source.Result);
    }
}
