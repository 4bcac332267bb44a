using GraphQL.Validation;
using GraphQLParser.AST;

namespace InitiativeHub.GraphQL.Server.Validation;

/// <summary>
/// Rejects documents with more than a set number of field aliases, counted over every operation and fragment.
/// Why: aliases let one small request repeat an expensive field many times, which depth limits do not catch.
/// </summary>
public sealed class MaxAliasesValidationRule : ValidationRuleBase
{
    /// <summary>The <c>extensions.code</c> of the error.</summary>
    public const string ErrorCode = "MAX_ALIASES_EXCEEDED";

    private readonly int _maxAliases;

    /// <summary>Creates the rule.</summary>
    /// <param name="maxAliases">Highest number of aliases allowed in one document.</param>
    public MaxAliasesValidationRule(int maxAliases)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxAliases);
        _maxAliases = maxAliases;
    }

    /// <inheritdoc/>
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = 0;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is GraphQLOperationDefinition or GraphQLFragmentDefinition)
            {
                count += CountAliases(((IHasSelectionSetNode)definition).SelectionSet);
            }
        }

        if (count > _maxAliases)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                null,
                $"The document uses {count} aliases; the maximum is {_maxAliases}.",
                context.Document)
            {
                Code = ErrorCode,
            });
        }

        return default;
    }

    private static int CountAliases(GraphQLSelectionSet? selectionSet)
    {
        var count = 0;
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            count += selection switch
            {
                GraphQLField field => (field.Alias is null ? 0 : 1) + CountAliases(field.SelectionSet),
                GraphQLInlineFragment inline => CountAliases(inline.SelectionSet),
                _ => 0,
            };
        }

        return count;
    }
}
