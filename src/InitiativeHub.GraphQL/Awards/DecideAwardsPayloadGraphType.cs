using GraphQL.Types;
using InitiativeHub.Domain.Awards;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Awards;

public sealed class DecideAwardsPayloadGraphType : PayloadGraphType<IReadOnlyList<Award>>
{
    public DecideAwardsPayloadGraphType()
        : base("DecideAwardsPayload")
    {
        Field<ListGraphType<NonNullGraphType<AwardGraphType>>>("awards").Description("The decided awards, in the order of the decisions.").Resolve(c => c.Source.Result);
    }
}
