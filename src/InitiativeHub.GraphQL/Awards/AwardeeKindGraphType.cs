using GraphQL.Types;
using InitiativeHub.Domain.Awards;

namespace InitiativeHub.GraphQL.Awards;

public sealed class AwardeeKindGraphType : EnumerationGraphType<AwardeeKind>
{
    public AwardeeKindGraphType() => Name = "AwardeeKind";
}
