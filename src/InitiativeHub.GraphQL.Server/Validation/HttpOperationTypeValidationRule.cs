using GraphQL.Validation;
using GraphQLParser.AST;

namespace InitiativeHub.GraphQL.Server.Validation;

/// <summary>
/// GET runs queries only (spec: a mutation on GET is 405); subscriptions need a WebSocket. A validation rule rather than
/// an ad-hoc check so that the selected operation (operationName) is the one judged.
/// </summary>
internal sealed class HttpOperationTypeValidationRule : ValidationRuleBase
{
    public static readonly HttpOperationTypeValidationRule Get = new(isGet: true);
    public static readonly HttpOperationTypeValidationRule Post = new(isGet: false);

    private readonly bool _isGet;

    private HttpOperationTypeValidationRule(bool isGet) => _isGet = isGet;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                null,
                "Subscriptions are only served over WebSocket (graphql-transport-ws).",
                operation)
            {
                Code = "SUBSCRIPTION_OVER_HTTP",
            });
        }
        else if (_isGet && operation.Operation != OperationType.Query)
        {
            context.ReportError(new HttpMethodValidationError(
                context.Document.Source,
                operation,
                $"Only queries may be sent with GET; send this {operation.Operation.ToString().ToLowerInvariant()} with POST.")
            {
                Code = HttpMethodValidationError.ErrorCode,
            });
        }

        return default;
    }
}
