using GraphQL.Types;
using InitiativeHub.Domain.Awards;

namespace InitiativeHub.GraphQL.Awards;

public sealed class AwardStatusGraphType : EnumerationGraphType<AwardStatus>
{
    public AwardStatusGraphType() => Name = "AwardStatus";
}
