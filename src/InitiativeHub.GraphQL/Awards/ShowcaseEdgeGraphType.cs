using InitiativeHub.Application.Awards;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Awards;

public sealed class ShowcaseEdgeGraphType() : EdgeGraphType<ShowcaseItemGraphType, ShowcaseItem>("Showcase");
