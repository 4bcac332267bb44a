using GraphQL.Validation;
using GraphQLParser.AST;
using InitiativeHub.GraphQL.Server.Validation;

namespace InitiativeHub.GraphQL.Server.Tests.TestSupport;

/// <summary>A request rule that lets <c>allowance</c> mutations through and refuses the rest, as an app's rate limit would.</summary>
public sealed class CountingLimitRule(int allowance, TimeSpan retryAfter) : ValidationRuleBase
{
    private int _seen;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation && Interlocked.Increment(ref _seen) > allowance)
        {
            context.ReportError(new TooManyRequestsError(context.Document.Source, context.Operation, "Slow down.", retryAfter));
        }

        return default;
    }
}
