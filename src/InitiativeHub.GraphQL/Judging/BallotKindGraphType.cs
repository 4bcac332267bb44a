using GraphQL.Types;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.GraphQL.Judging;

/// <summary>Open ballot (each member's choice on record) or secret ballot (counts only).</summary>
public sealed class BallotKindGraphType : EnumerationGraphType<BallotKind>
{
    public BallotKindGraphType() => Name = "BallotKind";
}
