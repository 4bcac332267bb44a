using System.Text.Json;

namespace InitiativeHub.GraphQL.Server.Http;

/// <summary>Validates the request shape required by the GraphQL-over-HTTP spec; every violation is a 400.</summary>
internal static class GraphQLRequestParser
{
    public static GraphQLRequestData FromJson(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw GraphQLTransportException.BadRequest("INVALID_REQUEST", "A GraphQL request must be a JSON object.");
        }

        string? query = null, operationName = null;
        Dictionary<string, object?>? variables = null, extensions = null;
        foreach (var property in element.EnumerateObject())
        {
            // Why: the spec treats null as absent, and unknown members are ignored.
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            switch (property.Name)
            {
                case "query":
                    query = ReadString(property.Value, "QUERY_INVALID", "'query' must be a string.");
                    break;
                case "operationName":
                    operationName = ReadString(property.Value, "OPERATION_NAME_INVALID", "'operationName' must be a string.");
                    break;
                case "variables":
                    variables = ReadObject(property.Value, "VARIABLES_INVALID", "'variables' must be a JSON object.");
                    break;
                case "extensions":
                    extensions = ReadObject(property.Value, "EXTENSIONS_INVALID", "'extensions' must be a JSON object.");
                    break;
            }
        }

        return new GraphQLRequestData(RequireQuery(query), operationName, variables, extensions);
    }

    /// <summary>GET query strings and urlencoded forms carry the same four members as text.</summary>
    public static GraphQLRequestData FromText(Func<string, string?> getValue)
    {
        var variables = ParseJsonObject(getValue("variables"), "VARIABLES_INVALID", "'variables' must be a JSON object.");
        var extensions = ParseJsonObject(getValue("extensions"), "EXTENSIONS_INVALID", "'extensions' must be a JSON object.");
        var operationName = getValue("operationName");
        return new GraphQLRequestData(
            RequireQuery(getValue("query")),
            string.IsNullOrEmpty(operationName) ? null : operationName,
            variables,
            extensions);
    }

    public static JsonDocument ParseDocument(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            return JsonDocument.Parse(utf8Json);
        }
        catch (JsonException ex)
        {
            throw GraphQLTransportException.BadRequest("JSON_INVALID", $"The request body is not valid JSON: {ex.Message}");
        }
    }

    private static string RequireQuery(string? query) => string.IsNullOrWhiteSpace(query)
        ? throw GraphQLTransportException.BadRequest("QUERY_MISSING", "The request has no 'query'.")
        : query;

    private static string ReadString(JsonElement value, string code, string message) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw GraphQLTransportException.BadRequest(code, message);

    private static Dictionary<string, object?> ReadObject(JsonElement value, string code, string message) =>
        value.ValueKind == JsonValueKind.Object
            ? JsonValueConverter.ToDictionary(value)
            : throw GraphQLTransportException.BadRequest(code, message);

    private static Dictionary<string, object?>? ParseJsonObject(string? text, string code, string message)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Null ? null : ReadObject(document.RootElement, code, message);
        }
        catch (JsonException)
        {
            throw GraphQLTransportException.BadRequest(code, message);
        }
    }
}
