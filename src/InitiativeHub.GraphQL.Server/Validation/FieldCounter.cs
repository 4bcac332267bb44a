using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace InitiativeHub.GraphQL.Server.Validation;

/// <summary>
/// Counts the field selections written in a document, in one linear pass over the parsed tree. Why before validation:
/// the spec's "fields can be merged" rule compares selections pairwise, so a document repeating one field tens of
/// thousands of times costs billions of comparisons before any other limit gets a say.
/// </summary>
internal static class FieldCounter
{
    /// <summary>The parsed document and its field count, or <see langword="null"/> when it does not parse (the executer reports that).</summary>
    public static (GraphQLDocument Document, int Fields)? Count(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return null;
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            return null;
        }

        var fields = 0;
        foreach (var definition in document.Definitions)
        {
            fields += definition switch
            {
                GraphQLOperationDefinition operation => Count(operation.SelectionSet),
                GraphQLFragmentDefinition fragment => Count(fragment.SelectionSet),
                _ => 0,
            };
        }

        return (document, fields);
    }

    // Recursion is bounded: the parser refuses documents nested deeper than its own limit.
    private static int Count(GraphQLSelectionSet? selectionSet)
    {
        var fields = 0;
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            fields += selection switch
            {
                GraphQLField field => 1 + Count(field.SelectionSet),
                GraphQLInlineFragment inline => Count(inline.SelectionSet),
                _ => 0,
            };
        }

        return fields;
    }
}
