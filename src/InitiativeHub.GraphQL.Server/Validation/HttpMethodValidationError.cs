using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace InitiativeHub.GraphQL.Server.Validation;

/// <summary>An operation type the HTTP method may not run; answered with 405 whatever the Accept header.</summary>
internal sealed class HttpMethodValidationError(ROM source, ASTNode node, string message)
    : ValidationError(source, null, message, node)
{
    public const string ErrorCode = "HTTP_METHOD_VALIDATION";
}
