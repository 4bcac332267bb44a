using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace InitiativeHub.GraphQL.Server.Validation;

/// <summary>
/// Reported by a request rule (see <see cref="GraphQLHttpMiddlewareOptions.RequestValidationRules"/>) when the caller has
/// used up an allowance; HTTP answers 429 with <c>Retry-After</c>.
/// </summary>
public sealed class TooManyRequestsError : ValidationError
{
    /// <summary>The code clients see.</summary>
    public const string ErrorCode = "RATE_LIMITED";

    /// <param name="source">The document.</param>
    /// <param name="node">The operation refused.</param>
    /// <param name="message">What was refused, for people.</param>
    /// <param name="retryAfter">When the allowance is back.</param>
    public TooManyRequestsError(ROM source, ASTNode node, string message, TimeSpan retryAfter)
        : base(source, null, message, node)
    {
        RetryAfter = retryAfter;
        Code = ErrorCode;
    }

    /// <summary>When the caller may try again.</summary>
    public TimeSpan RetryAfter { get; }
}
