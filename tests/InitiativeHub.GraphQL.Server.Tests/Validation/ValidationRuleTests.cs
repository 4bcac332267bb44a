using System.Net;
using System.Text.Json;
using GraphQL.Validation.Complexity;
using InitiativeHub.GraphQL.Server.Tests.TestSupport;
using InitiativeHub.GraphQL.Server.Validation;

namespace InitiativeHub.GraphQL.Server.Tests.Validation;

public sealed class ValidationRuleTests
{
    [Fact]
    public async Task Aliases_OverLimit_RejectedBeforeExecution()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.MaximumAliases = 2);

        var (status, body) = await PostAsync(host, "{ a: ward b: ward c: echo(text: \"x\") }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.TryGetProperty("data", out _)); // no data key: execution never started
        Assert.Equal(MaxAliasesValidationRule.ErrorCode, body.FirstErrorCode());
        Assert.Contains("3 aliases", body.FirstErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aliases_InFragmentsAndNestedFields_AreCounted()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.MaximumAliases = 2);

        var (status, body) = await PostAsync(
            host, "{ ...F n: node { l: level } } fragment F on Query { w: ward ... on Query { e: echo(text: \"x\") } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("4 aliases", body.FirstErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aliases_AtLimit_Executes()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.MaximumAliases = 2);

        var (status, body) = await PostAsync(host, "{ a: ward b: ward }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(TestQuery.Ward, body.GetProperty("data").GetProperty("b").GetString());
    }

    [Fact]
    public async Task Depth_OverLimit_Rejected()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.Complexity = new ComplexityOptions { MaxDepth = 3 });

        var (status, body) = await PostAsync(host, "{ node { child { child { child { child { level } } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("depth", body.FirstErrorMessage(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Depth_WithinLimit_Executes()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.Complexity = new ComplexityOptions { MaxDepth = 3 });

        var (status, _) = await PostAsync(host, "{ node { child { level } } }");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Complexity_OverLimit_Rejected()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.Complexity = new ComplexityOptions { MaxComplexity = 3 });

        var (status, body) = await PostAsync(host, "{ ward node { level child { level child { level } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("complex", body.FirstErrorMessage(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FragmentCycle_Rejected()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var (status, body) = await PostAsync(host, "{ ...A } fragment A on Query { ward ...B } fragment B on Query { ...A }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("within itself", body.FirstErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_WhenDisabled_Rejected()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.EnableIntrospection = false);

        var (status, body) = await PostAsync(host, "{ __schema { queryType { name } } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("Introspection queries are not allowed", body.FirstErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_WhenDisabled_StillAllowsTypename()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.EnableIntrospection = false);

        var (status, body) = await PostAsync(host, "{ __typename }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Introspection_WhenEnabled_Works()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var (status, body) = await PostAsync(host, "{ __schema { queryType { name } } }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ValidationRules_FromOptions_AreApplied()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.ValidationRules.Add(new AlwaysFailValidationRule()));

        var (status, body) = await PostAsync(host, "{ ward }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("APP_RULE", body.FirstErrorCode());
    }

    [Fact]
    public void MaxAliasesValidationRule_NegativeLimit_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaxAliasesValidationRule(-1));

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(GraphQLTestHost host, string query)
    {
        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body(query));
        return (response.StatusCode, await response.ReadJsonAsync());
    }
}
