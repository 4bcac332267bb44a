using System.Net;
using InitiativeHub.GraphQL.Server.Tests.TestSupport;

namespace InitiativeHub.GraphQL.Server.Tests.Http;

public sealed class GetTests
{
    [Fact]
    public async Task Get_Query_Returns200WithGraphQLResponseJson()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().GetGraphQLAsync("query=" + Uri.EscapeDataString("{ ward }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
        Assert.Equal("utf-8", response.CharSet());
        var body = await response.ReadJsonAsync();
        Assert.Equal(TestQuery.Ward, body.GetProperty("data").GetProperty("ward").GetString());
    }

    [Fact]
    public async Task Get_WithVariablesOperationNameAndExtensions_AppliesThem()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var query = "query A { ward } query B($t: String!) { echo(text: $t, times: 2) }";

        using var response = await host.CreateClient().GetGraphQLAsync(
            $"query={Uri.EscapeDataString(query)}&operationName=B&variables={Uri.EscapeDataString("""{"t":"ab"}""")}&extensions=%7B%7D");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("abab", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Get_Mutation_Returns405()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().GetGraphQLAsync("query=" + Uri.EscapeDataString("mutation { shout(text: \"a\") }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal("HTTP_METHOD_VALIDATION", body.FirstErrorCode());
    }

    [Fact]
    public async Task Get_MutationSelectedByOperationName_Returns405()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var query = "query Q { ward } mutation M { shout(text: \"a\") }";

        using var response = await host.CreateClient().GetGraphQLAsync($"query={Uri.EscapeDataString(query)}&operationName=M");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithoutPreflightHeader_Returns400()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().GetGraphQLAsync("query=" + Uri.EscapeDataString("{ ward }"), preflight: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("CSRF_PROTECTION", body.FirstErrorCode());
        Assert.Contains(GraphQLTestHost.Preflight, body.FirstErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithoutPreflightHeader_WhenCsrfProtectionDisabled_Returns200()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.CsrfProtectionEnabled = false);

        using var response = await host.CreateClient().GetGraphQLAsync("query=" + Uri.EscapeDataString("{ ward }"), preflight: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_MissingQuery_Returns400()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().GetGraphQLAsync("operationName=A");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("QUERY_MISSING", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Get_VariablesNotJsonObject_Returns400()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().GetGraphQLAsync("query=%7Bward%7D&variables=%5B1%5D");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("VARIABLES_INVALID", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Get_WhenHandleGetDisabled_Returns405()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.HandleGet = false);

        using var response = await host.CreateClient().GetGraphQLAsync("query=%7Bward%7D");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Put_Returns405WithAllowHeader()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PutAsync(
            "/graphql", HttpTestExtensions.Json("""{"query":"{ward}"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }
}
