using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InitiativeHub.Testing;

/// <summary>What an API client does over HTTP: register, sign in for a bearer token, send GraphQL.</summary>
public sealed class ApiClient(HttpClient http)
{
    public HttpClient Http => http;

    public string? AccessToken { get; private set; }

    /// <summary>The same signed-in client talking to another host process (a restarted or second host).</summary>
    public ApiClient Rebind(HttpClient other) => new(other) { AccessToken = AccessToken };

    public async Task<HttpResponseMessage> RegisterAsync(string email, string password, CancellationToken cancellationToken = default) =>
        await http.PostAsJsonAsync("/auth/register", new { email, password }, cancellationToken);

    /// <summary>Signs in and keeps the bearer token for later calls; returns the token response.</summary>
    public async Task<JsonObject> LoginAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync("/auth/login", new { email, password }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!;
        AccessToken = body["accessToken"]!.GetValue<string>();
        return body;
    }

    /// <summary>Registers then signs in a new user; returns its GraphQL id.</summary>
    public async Task<string> SignUpAsync(string email, string password = "MatKhau2026", CancellationToken cancellationToken = default)
    {
        using (var registered = await RegisterAsync(email, password, cancellationToken))
        {
            registered.EnsureSuccessStatusCode();
        }

        await LoginAsync(email, password, cancellationToken);
        var viewer = await GraphQLAsync("{ viewer { id } }", cancellationToken: cancellationToken);
        return viewer["data"]!["viewer"]!["id"]!.GetValue<string>();
    }

    /// <summary>Posts a GraphQL request as JSON (with the bearer token when signed in) and returns the body.</summary>
    public async Task<JsonObject> GraphQLAsync(string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        using var response = await SendGraphQLAsync(query, variables, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return JsonNode.Parse(text) as JsonObject
            ?? throw new InvalidOperationException($"Not a GraphQL response ({(int)response.StatusCode}): {text}");
    }

    public async Task<HttpResponseMessage> SendGraphQLAsync(string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }, options: JsonSerializerOptions.Web),
        };
        if (AccessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        }

        return await http.SendAsync(request, cancellationToken);
    }

    /// <summary>A mutation's payload, failing the test if GraphQL itself reported errors.</summary>
    public async Task<JsonObject> MutateAsync(string mutation, string field, object? variables = null, CancellationToken cancellationToken = default)
    {
        var body = await GraphQLAsync(mutation, variables, cancellationToken);
        if (body["errors"] is JsonArray { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}");
        }

        return body["data"]![field]!.AsObject();
    }
}
