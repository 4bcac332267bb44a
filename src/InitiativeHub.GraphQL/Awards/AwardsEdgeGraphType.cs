using InitiativeHub.Domain.Awards;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Awards;

public sealed class AwardsEdgeGraphType() : EdgeGraphType<AwardGraphType, Award>("Awards");
