using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InitiativeHub.Host.Tests.Security;

/// <summary>
/// A corpus of hostile GraphQL requests against the deployed host (Production defaults): each is refused with a
/// client error before anything executes (no <c>data</c> key), and the host keeps serving.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class HostileQueryTests(HostFixture fixture)
{
    public static TheoryData<string, string> Documents => new()
    {
        { "deep nesting", "{ organizations { nodes { " + Repeat("parent { ", 200) + "id" + new string('}', 200) + " } } }" },
        { "parser recursion", Repeat("{ a ", 20_000) + new string('}', 20_000) },
        { "thousands of aliases", "{ " + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"a{i}: viewer {{ id }} ")) + "}" },
        { "duplicated fields", "{ viewer { " + Repeat("id ", 60_000) + "} }" },
        { "fragment cycle", "{ ...A } fragment A on Query { viewer { id } ...B } fragment B on Query { ...A }" },
        { "directive overloading", "{ viewer " + Repeat("@include(if: true) ", 2_000) + "{ id } }" },
        { "introspection", "{ __schema { types { name fields { name } } } }" },
        { "circular introspection", "{ __type(name: \"Query\") { fields { type { fields { type { fields { name } } } } } } }" },
        { "wide list request", "{ organizations(first: 100000) { nodes { id children { id children { id children { id } } } } } }" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task HostileDocument_IsRefusedBeforeExecution(string name, string document)
    {
        using var response = await fixture.CreateClient().SendGraphQLAsync(document, cancellationToken: TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{name}: {(int)response.StatusCode}");
        Assert.False(body.ContainsKey("data"), name);
        Assert.NotEmpty(body["errors"]!.AsArray());
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task HugeVariables_AreRefusedWith413BeforeTheBodyIsParsed()
    {
        var variables = new { input = new { name = new string('x', 3 * 1024 * 1024) } };

        using var response = await fixture.CreateClient().SendGraphQLAsync(
            "mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { errors { code } } }", variables, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task OversizedBatch_IsRefused()
    {
        var batch = "[" + string.Join(",", Enumerable.Repeat(JsonSerializer.Serialize(new { query = "{ viewer { id } }" }), 50)) + "]";
        using var content = new StringContent(batch, Encoding.UTF8, "application/json");

        using var response = await fixture.CreateClient().Http.PostAsync(new Uri("/graphql", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task FieldSuggestions_AreNotGiven_SoTheHiddenSchemaCannotBeGuessed()
    {
        var body = await fixture.CreateClient().GraphQLAsync("{ viewr { id } organizatons { nodes { id } } }", cancellationToken: TestContext.Current.CancellationToken);

        var messages = string.Join(" ", body["errors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>()));
        Assert.Contains("viewr", messages, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", messages, StringComparison.Ordinal);
        Assert.DoesNotContain("viewer", messages, StringComparison.Ordinal);
    }

    private async Task AssertStillServingAsync()
    {
        var body = await fixture.CreateClient().GraphQLAsync("{ __typename }", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("Query", body["data"]!["__typename"]!.GetValue<string>());
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
