using InitiativeHub.Domain.Directives;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Directives;

public sealed class DirectivesConnectionGraphType() : ConnectionGraphType<DirectivesEdgeGraphType, DirectiveGraphType, Directive>("Directives");
