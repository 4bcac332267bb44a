using InitiativeHub.Domain.Awards;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Awards;

public sealed class RevokeAwardPayloadGraphType : PayloadGraphType<Award>
{
    public RevokeAwardPayloadGraphType()
        : base("RevokeAwardPayload")
    {
        Field<AwardGraphType>("award").Resolve(c => c.Source.Result);
    }
}
