using GraphQL.Types;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.GraphQL.Entries;

public sealed class ScreeningDecisionGraphType : EnumerationGraphType<ScreeningDecision>
{
    public ScreeningDecisionGraphType() => Name = "ScreeningDecision";
}
