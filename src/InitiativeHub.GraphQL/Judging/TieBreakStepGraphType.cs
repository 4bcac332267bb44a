using GraphQL.Types;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.GraphQL.Judging;

/// <summary>What placed a ranked entry below the one before it.</summary>
public sealed class TieBreakStepGraphType : EnumerationGraphType<TieBreakStep>
{
    public TieBreakStepGraphType() => Name = "TieBreakStep";
}
