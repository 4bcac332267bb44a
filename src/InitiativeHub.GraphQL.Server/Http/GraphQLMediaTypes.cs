using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace InitiativeHub.GraphQL.Server.Http;

/// <summary>Response media types and Accept negotiation.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    // Why this order: on a tie (e.g. "*/*") the spec's own type wins.
    private static readonly string[] _candidates = [GraphQLResponseJson, Json];

    public static string WithCharset(string mediaType) => mediaType + "; charset=utf-8";

    /// <summary>Returns the best acceptable response type, or <see langword="null"/> when none is (406).</summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0)
        {
            return GraphQLResponseJson;
        }

        string? chosen = null;
        var bestQuality = 0d;
        foreach (var candidate in _candidates)
        {
            var quality = QualityOf(candidate, accept);
            if (quality > bestQuality)
            {
                (chosen, bestQuality) = (candidate, quality);
            }
        }

        return chosen;
    }

    public static bool IsUtf8OrUnspecified(StringSegment charset) =>
        !charset.HasValue
        || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// RFC 9110 §12.5.1: the most specific matching range decides the quality. Matching is exact on purpose:
    /// <c>application/json</c> must not be answered with <c>application/graphql-response+json</c>.
    /// </summary>
    private static double QualityOf(string candidate, IList<MediaTypeHeaderValue> accept)
    {
        var slash = candidate.IndexOf('/', StringComparison.Ordinal);
        var type = candidate[..slash];
        var bestSpecificity = -1;
        var quality = 0d;
        foreach (var range in accept)
        {
            if (!IsUtf8OrUnspecified(range.Charset))
            {
                continue;
            }

            var specificity = range.MediaType.Equals(candidate, StringComparison.OrdinalIgnoreCase) ? 2
                : range.SubType.Equals("*", StringComparison.Ordinal) && range.Type.Equals(type, StringComparison.OrdinalIgnoreCase) ? 1
                : range.MatchesAllTypes ? 0
                : -1;
            if (specificity > bestSpecificity)
            {
                (bestSpecificity, quality) = (specificity, range.Quality ?? 1d);
            }
        }

        return quality;
    }
}
