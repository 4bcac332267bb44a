namespace InitiativeHub.GraphQL.Server.Http;

/// <summary>
/// One GraphQL request as read from the wire. Variables stay mutable dictionaries/lists so multipart uploads
/// can be placed into them before they become graphql-dotnet <c>Inputs</c>.
/// </summary>
internal sealed record GraphQLRequestData(
    string Query,
    string? OperationName,
    Dictionary<string, object?>? Variables,
    Dictionary<string, object?>? Extensions);
