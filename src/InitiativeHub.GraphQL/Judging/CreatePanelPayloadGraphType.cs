using InitiativeHub.Domain.Judging;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Judging;

public sealed class CreatePanelPayloadGraphType : PayloadGraphType<Panel>
{
    public CreatePanelPayloadGraphType()
        : base("CreatePanelPayload")
    {
        Field<PanelGraphType>("panel").Resolve(c => c.Source.Result);
    }
}
