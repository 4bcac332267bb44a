using System.Buffers;
using System.Text.Json;
using GraphQL;
using InitiativeHub.GraphQL.Server.Execution;

namespace InitiativeHub.GraphQL.Server.WebSockets;

/// <summary>Builds <c>{ "id", "type", "payload" }</c> frames, embedding payloads the GraphQL serializer produced.</summary>
internal static class GraphQLWsMessages
{
    private static readonly JsonWriterOptions _writerOptions = new() { Encoder = TransportSerializer.Encoder };

    public static ReadOnlyMemory<byte> Build(string type, string? id = null, string? rawPayload = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, _writerOptions))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("type", type);
            if (rawPayload is not null)
            {
                writer.WritePropertyName("payload");
                writer.WriteRawValue(rawPayload);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    public static ReadOnlyMemory<byte> Next(IGraphQLTextSerializer serializer, string id, ExecutionResult result) =>
        Build(GraphQLWsMessageTypes.Next, id, serializer.Serialize(result));

    /// <summary>The <c>error</c> payload is the bare errors array, serialized exactly as in an HTTP response.</summary>
    public static ReadOnlyMemory<byte> Error(IGraphQLTextSerializer serializer, string id, ExecutionErrors errors)
    {
        using var document = JsonDocument.Parse(serializer.Serialize(new ExecutionResult { Errors = errors }));
        var payload = document.RootElement.TryGetProperty("errors", out var array) ? array.GetRawText() : "[]";
        return Build(GraphQLWsMessageTypes.Error, id, payload);
    }
}
