using InitiativeHub.Application.Judging;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Judging;

public sealed class RankingConnectionGraphType() : ConnectionGraphType<RankingEdgeGraphType, RankingRowGraphType, EntryResultRecord>("Ranking");
