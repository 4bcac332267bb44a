using GraphQL.Types;
using InitiativeHub.Domain.Awards;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Awards;

public sealed class ProposeAwardsPayloadGraphType : PayloadGraphType<IReadOnlyList<Award>>
{
    public ProposeAwardsPayloadGraphType()
        : base("ProposeAwardsPayload")
    {
        Field<ListGraphType<NonNullGraphType<AwardGraphType>>>("awards").Description("The awards proposed by this step.").Resolve(c => c.Source.Result);
    }
}
