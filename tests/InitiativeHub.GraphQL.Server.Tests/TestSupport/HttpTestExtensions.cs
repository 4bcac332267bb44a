using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace InitiativeHub.GraphQL.Server.Tests.TestSupport;

public static class HttpTestExtensions
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static string Body(string query, object? variables = null) =>
        JsonSerializer.Serialize(new { query, variables });

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string json, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(json) };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<HttpResponseMessage> GetGraphQLAsync(this HttpClient client, string queryString, bool preflight = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (preflight)
        {
            request.Headers.Add(GraphQLTestHost.Preflight, "1");
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    public static string? CharSet(this HttpResponseMessage response) => response.Content.Headers.ContentType?.CharSet;

    public static string FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    public static string FirstErrorMessage(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public static MediaTypeWithQualityHeaderValue Accept(string value) => MediaTypeWithQualityHeaderValue.Parse(value);
}
