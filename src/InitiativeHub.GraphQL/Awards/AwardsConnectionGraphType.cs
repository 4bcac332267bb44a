using InitiativeHub.Domain.Awards;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Awards;

public sealed class AwardsConnectionGraphType() : ConnectionGraphType<AwardsEdgeGraphType, AwardGraphType, Award>("Awards");
