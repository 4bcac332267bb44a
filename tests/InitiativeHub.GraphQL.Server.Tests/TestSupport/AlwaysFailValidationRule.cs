using GraphQL.Validation;

namespace InitiativeHub.GraphQL.Server.Tests.TestSupport;

/// <summary>Proves that <see cref="GraphQLHttpMiddlewareOptions.ValidationRules"/> reach the validator.</summary>
public sealed class AlwaysFailValidationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        context.ReportError(new ValidationError("Rejected by the app's own rule.") { Code = "APP_RULE" });
        return default;
    }
}
