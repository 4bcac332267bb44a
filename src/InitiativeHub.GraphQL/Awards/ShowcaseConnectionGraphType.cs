using InitiativeHub.Application.Awards;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Awards;

public sealed class ShowcaseConnectionGraphType() : ConnectionGraphType<ShowcaseEdgeGraphType, ShowcaseItemGraphType, ShowcaseItem>("Showcase");
