namespace InitiativeHub.GraphQL.Server.Tests.TestSupport;

/// <summary>A self-referencing node, so depth can be made arbitrarily large.</summary>
public sealed record TestNode(int Level);
