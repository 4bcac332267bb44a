using GraphQL.Types;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.GraphQL.Judging;

public sealed class VoteChoiceGraphType : EnumerationGraphType<VoteChoice>
{
    public VoteChoiceGraphType() => Name = "VoteChoice";
}
