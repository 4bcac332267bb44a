using Microsoft.AspNetCore.Http;

namespace InitiativeHub.GraphQL.Server.Http;

/// <summary>A request refused before execution; carries the HTTP status and the <c>extensions.code</c> to answer with.</summary>
internal sealed class GraphQLTransportException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    public static GraphQLTransportException BadRequest(string code, string message) =>
        new(StatusCodes.Status400BadRequest, code, message);

    public static GraphQLTransportException TooLarge(string code, string message) =>
        new(StatusCodes.Status413PayloadTooLarge, code, message);
}
