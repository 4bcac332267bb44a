using InitiativeHub.Application.Judging;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Judging;

public sealed class RankingEdgeGraphType() : EdgeGraphType<RankingRowGraphType, EntryResultRecord>("Ranking");
