using GraphQL.Types;
using InitiativeHub.Domain.Awards;

namespace InitiativeHub.GraphQL.Awards;

public sealed class AwardDecisionGraphType : EnumerationGraphType<AwardDecisionKind>
{
    public AwardDecisionGraphType() => Name = "AwardDecision";
}
