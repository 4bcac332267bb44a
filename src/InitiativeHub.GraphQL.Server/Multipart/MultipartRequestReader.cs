using System.Globalization;
using System.Text.Json;
using InitiativeHub.GraphQL.Server.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace InitiativeHub.GraphQL.Server.Multipart;

/// <summary>Reads a graphql-multipart-request-spec body: <c>operations</c>, <c>map</c>, then the file parts.</summary>
internal static class MultipartRequestReader
{
    public static async Task<(List<GraphQLRequestData> Requests, bool IsBatch)> ReadAsync(
        HttpRequest request, GraphQLHttpMiddlewareOptions options, CancellationToken cancellationToken)
    {
        var bodyLimit = BodyLimit(options);
        BoundedBodyReader.RejectDeclaredOverLimit(request, bodyLimit);
        var form = await ReadFormAsync(request, options, bodyLimit, cancellationToken);

        if (options.MaximumFileCount is { } maxCount && form.Files.Count > maxCount)
        {
            throw GraphQLTransportException.TooLarge("TOO_MANY_FILES", $"The request has {form.Files.Count} files; the maximum is {maxCount}.");
        }

        foreach (var file in form.Files)
        {
            if (options.MaximumFileSize is { } maxSize && file.Length > maxSize)
            {
                throw GraphQLTransportException.TooLarge("FILE_TOO_LARGE", $"File '{file.Name}' exceeds the limit of {maxSize} bytes.");
            }
        }

        using var operations = ParseField(form, "operations");
        var root = operations.RootElement;
        var isBatch = root.ValueKind == JsonValueKind.Array;
        if (isBatch && !options.EnableBatchedRequests)
        {
            throw GraphQLTransportException.BadRequest("BATCH_NOT_SUPPORTED", "Batched requests are not enabled.");
        }

        var requests = isBatch ? root.EnumerateArray().Select(GraphQLRequestParser.FromJson).ToList() : [GraphQLRequestParser.FromJson(root)];
        using var map = ParseField(form, "map");
        ApplyMap(map.RootElement, form.Files, requests, isBatch);
        return (requests, isBatch);
    }

    /// <summary>Files are bounded by their own limits, the JSON fields by <c>MaximumRequestBytes</c>.</summary>
    private static long? BodyLimit(GraphQLHttpMiddlewareOptions options) =>
        options is { MaximumRequestBytes: { } bytes, MaximumFileSize: { } size, MaximumFileCount: { } count }
            ? bytes + (size * count)
            : null;

    /// <summary>Reads any form body (multipart or urlencoded) with our limits instead of the framework defaults.</summary>
    internal static async Task<IFormCollection> ReadFormAsync(
        HttpRequest request, GraphQLHttpMiddlewareOptions options, long? bodyLimit, CancellationToken cancellationToken)
    {
        var formOptions = new FormOptions
        {
            MultipartBodyLengthLimit = bodyLimit ?? long.MaxValue,
            ValueLengthLimit = (int)Math.Min(options.MaximumRequestBytes ?? int.MaxValue, int.MaxValue),
        };
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, formOptions));
        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException ex) when (ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            throw GraphQLTransportException.TooLarge("REQUEST_TOO_LARGE", "The multipart request exceeds the configured limits.");
        }
        catch (InvalidDataException ex)
        {
            throw GraphQLTransportException.BadRequest("MULTIPART_INVALID", $"The multipart body is malformed: {ex.Message}");
        }
    }

    private static JsonDocument ParseField(IFormCollection form, string name)
    {
        var value = form[name];
        if (value.Count != 1 || string.IsNullOrEmpty(value[0]))
        {
            throw MapError($"The multipart request needs exactly one '{name}' field.");
        }

        try
        {
            return JsonDocument.Parse(value[0]!);
        }
        catch (JsonException)
        {
            throw MapError($"The multipart '{name}' field is not valid JSON.");
        }
    }

    private static void ApplyMap(JsonElement map, IFormFileCollection files, List<GraphQLRequestData> requests, bool isBatch)
    {
        if (map.ValueKind != JsonValueKind.Object)
        {
            throw MapError("The multipart 'map' must be a JSON object of file field names to arrays of paths.");
        }

        foreach (var entry in map.EnumerateObject())
        {
            var file = files.GetFile(entry.Name) ?? throw MapError($"The 'map' names file field '{entry.Name}', which was not sent.");
            if (entry.Value.ValueKind != JsonValueKind.Array || entry.Value.GetArrayLength() == 0)
            {
                throw MapError($"The 'map' entry '{entry.Name}' must be a non-empty array of paths.");
            }

            foreach (var path in entry.Value.EnumerateArray())
            {
                if (path.ValueKind != JsonValueKind.String)
                {
                    throw MapError($"The 'map' entry '{entry.Name}' must contain only string paths.");
                }

                Place(path.GetString()!, file, requests, isBatch);
            }
        }
    }

    /// <summary>Walks <c>variables.a.0.b</c> (or <c>0.variables…</c> in a batch) and puts the file where null stood.</summary>
    private static void Place(string path, IFormFile file, List<GraphQLRequestData> requests, bool isBatch)
    {
        var segments = path.Split('.');
        var index = 0;
        var request = requests[0];
        if (isBatch)
        {
            if (!int.TryParse(segments[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i >= requests.Count)
            {
                throw MapError($"Path '{path}' must start with the index of a request in the batch.");
            }

            request = requests[i];
            index = 1;
        }

        if (segments.Length < index + 2 || segments[index] != "variables" || request.Variables is null)
        {
            throw MapError($"Path '{path}' must point into the request's variables.");
        }

        object container = request.Variables;
        for (var s = index + 1; s < segments.Length; s++)
        {
            var segment = segments[s];
            var isLast = s == segments.Length - 1;
            switch (container)
            {
                case Dictionary<string, object?> dictionary when dictionary.TryGetValue(segment, out var child):
                    if (isLast)
                    {
                        dictionary[segment] = child is null ? file : throw MapError($"Path '{path}' must point to a null variable.");
                    }

                    container = child!;
                    break;
                case List<object?> list when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < list.Count:
                    if (isLast)
                    {
                        list[i] = list[i] is null ? file : throw MapError($"Path '{path}' must point to a null variable.");
                    }

                    container = list[i]!;
                    break;
                default:
                    throw MapError($"Path '{path}' does not exist in the variables.");
            }
        }
    }

    private static GraphQLTransportException MapError(string message) =>
        GraphQLTransportException.BadRequest("MULTIPART_MAP_INVALID", message);
}
