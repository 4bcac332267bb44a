using GraphQL;
using GraphQL.Validation;

namespace InitiativeHub.GraphQL.Server.Execution;

/// <summary>
/// Removes graphql-dotnet's "Did you mean …?" hints from validation errors (unknown fields, arguments, types), which
/// tools such as clairvoyance use to rebuild a schema whose introspection is off. The error, its code and its
/// locations stay.
/// </summary>
internal static class SuggestionScrubber
{
    private const string Hint = " Did you mean ";

    public static void Scrub(ExecutionResult result)
    {
        if (result.Errors is not { Count: > 0 } errors
            || !errors.Any(e => e is ValidationError && e.Message.Contains(Hint, StringComparison.Ordinal)))
        {
            return;
        }

        var scrubbed = new ExecutionErrors();
        foreach (var error in errors)
        {
            scrubbed.Add(error is ValidationError && error.Message.IndexOf(Hint, StringComparison.Ordinal) is var at and >= 0
                ? WithoutHint(error, at)
                : error);
        }

        result.Errors = scrubbed;
    }

    private static ValidationError WithoutHint(ExecutionError error, int hintAt)
    {
        var scrubbed = new ValidationError(error.Message[..hintAt]) { Code = error.Code };
        foreach (var location in error.Locations ?? [])
        {
            scrubbed.AddLocation(location);
        }

        return scrubbed;
    }
}
