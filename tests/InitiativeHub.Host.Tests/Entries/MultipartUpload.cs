using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Entries;

/// <summary>A graphql-multipart-request-spec request, as a browser or Apollo client sends it.</summary>
public static class MultipartUpload
{
    public const string AddAttachment =
        "mutation($input: AddAttachmentInput!) { addAttachment(input: $input) { attachment { id fileName contentType sizeBytes sha256 downloadUrl } errors { code message field } } }";

    /// <summary>Sends <c>addAttachment</c> with the file as a multipart part; returns the payload.</summary>
    public static async Task<JsonObject> AddAttachmentAsync(ApiClient client, string entryId, string fileName, byte[] bytes, string contentType, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(JsonSerializer.Serialize(new { query = AddAttachment, variables = new { input = new { entryId, file = (string?)null } } })), "operations");
        form.Add(new StringContent("""{"0":["variables.input.file"]}"""), "map");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "0", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = form };
        request.Headers.Add("GraphQL-Require-Preflight", "1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.AccessToken);
        using var response = await client.Http.SendAsync(request, cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
        return body["data"]?["addAttachment"]?.AsObject() ?? throw new InvalidOperationException($"{(int)response.StatusCode}: {body.ToJsonString()}");
    }
}
