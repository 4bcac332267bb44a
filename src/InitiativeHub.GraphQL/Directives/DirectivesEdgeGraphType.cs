using InitiativeHub.Domain.Directives;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Directives;

public sealed class DirectivesEdgeGraphType() : EdgeGraphType<DirectiveGraphType, Directive>("Directives");
