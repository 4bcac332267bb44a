using System.Net;
using System.Net.Http.Headers;
using System.Text;
using InitiativeHub.GraphQL.Server.Tests.TestSupport;

namespace InitiativeHub.GraphQL.Server.Tests.Http;

public sealed class PostTests
{
    [Fact]
    public async Task Post_Query_Returns200WithGraphQLResponseJson()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("{ echo(text: \"hi\") }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
        Assert.Equal("utf-8", response.CharSet());
        Assert.Equal("hi", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Post_Mutation_Returns200()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("mutation { shout(text: \"hưng\") }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("HƯNG", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("shout").GetString());
    }

    [Fact]
    public async Task Post_JsonWithoutCharset_Returns200()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ ward }"}"""));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await host.CreateClient().PostAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_JsonWithNonUtf8Charset_Returns415()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ ward }"}"""));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=iso-8859-1");

        using var response = await host.CreateClient().PostAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_InvalidJson_Returns400()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync("""{"query": "{ ward }" """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("JSON_INVALID", body.FirstErrorCode());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Post_MissingQuery_Returns400()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync("""{"variables":{}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("QUERY_MISSING", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("""{"query":1}""", "QUERY_INVALID")]
    [InlineData("""{"query":"{ ward }","variables":[1]}""", "VARIABLES_INVALID")]
    [InlineData("""{"query":"{ ward }","variables":"{}"}""", "VARIABLES_INVALID")]
    [InlineData("""{"query":"{ ward }","extensions":1}""", "EXTENSIONS_INVALID")]
    [InlineData("""{"query":"{ ward }","operationName":true}""", "OPERATION_NAME_INVALID")]
    [InlineData("\"{ ward }\"", "INVALID_REQUEST")]
    public async Task Post_MalformedRequestMember_Returns400(string body, string expectedCode)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(expectedCode, (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_NullMembers_AreTreatedAsAbsent()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync(
            """{"query":"{ ward }","variables":null,"operationName":null,"extensions":null}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnsupportedContentType_Returns415()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var content = new StringContent("<query/>", Encoding.UTF8, "application/xml");

        using var response = await host.CreateClient().PostAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("CONTENT_TYPE_INVALID", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_TextPlainWithoutPreflightHeader_Returns400()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var content = new StringContent("""{"query":"{ ward }"}""", Encoding.UTF8, "text/plain");

        using var response = await host.CreateClient().PostAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("CSRF_PROTECTION", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_TextPlainWithPreflightHeader_Returns415()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ ward }"}""", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add(GraphQLTestHost.Preflight, "1");

        using var response = await host.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_FormUrlEncodedWithPreflightHeader_Executes()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["query"] = "query($t: String!) { echo(text: $t) }",
                ["variables"] = """{"t":"form"}""",
            }),
        };
        request.Headers.Add(GraphQLTestHost.Preflight, "1");

        using var response = await host.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("form", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Post_FormUrlEncodedValueOverLimit_Returns413()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.MaximumRequestBytes = 64);
        var form = "query=" + Uri.EscapeDataString("{ echo(text: \"" + new string('x', 200) + "\") }");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new UnknownLengthContent(form) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add(GraphQLTestHost.Preflight, "1");

        using var response = await host.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_ParseError_Returns400WithoutData()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("{ ward "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEqual(0, body.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Post_ValidationError_Returns400WithoutData()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("{ noSuchField }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("noSuchField", body.FirstErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ValidationError_WithApplicationJsonAccept_Returns200()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("{ noSuchField }"), accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEqual(0, body.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Post_VariablesDoNotCoerce_Returns400()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync(
            HttpTestExtensions.Body("query($n: Int) { echo(text: \"a\", times: $n) }", new { n = "many" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("$n", body.FirstErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AcceptNothingSupported_Returns406()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("{ ward }"), accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("*/*", "application/graphql-response+json")]
    [InlineData("application/*", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("application/graphql-response+json;q=0, */*", "application/json")]
    [InlineData("text/html, application/json;q=0.1", "application/json")]
    public async Task Post_AcceptNegotiation_PicksBestType(string accept, string expected)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("{ ward }"), accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.MediaType());
    }

    [Fact]
    public async Task Post_Vietnamese_IsNotEscaped()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("{ ward }"));
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("\"Phường Trần Hưng Đạo\"", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ResolverThrows_Returns200WithMaskedError()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("{ ward boom }"));
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("secret-internal-detail", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("stack", raw, StringComparison.OrdinalIgnoreCase);
        var body = await response.ReadJsonAsync();
        Assert.Equal(TestQuery.Ward, body.GetProperty("data").GetProperty("ward").GetString());
        Assert.Contains("boom", body.FirstErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Returns413()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.MaximumRequestBytes = 64);

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("{ echo(text: \"" + new string('x', 200) + "\") }"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_BodyOverLimitWithoutContentLength_Returns413()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.MaximumRequestBytes = 64);
        using var content = new UnknownLengthContent(HttpTestExtensions.Body("{ echo(text: \"" + new string('x', 200) + "\") }"));

        using var response = await host.CreateClient().PostAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_Batch_WhenDisabled_Returns400()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync("""[{"query":"{ ward }"},{"query":"{ ward }"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BATCH_NOT_SUPPORTED", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_Batch_WhenEnabled_ReturnsOneResultPerRequest()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.EnableBatchedRequests = true);

        using var response = await host.CreateClient().PostJsonAsync(
            """[{"query":"{ echo(text: \"one\") }"},{"query":"mutation { shout(text: \"two\") }"}]""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(2, body.GetArrayLength());
        Assert.Equal("one", body[0].GetProperty("data").GetProperty("echo").GetString());
        Assert.Equal("TWO", body[1].GetProperty("data").GetProperty("shout").GetString());
    }

    [Fact]
    public async Task Post_Batch_OverMaximumBatchSize_Returns400()
    {
        await using var host = await GraphQLTestHost.StartAsync(o =>
        {
            o.EnableBatchedRequests = true;
            o.MaximumBatchSize = 2;
        });

        using var response = await host.CreateClient().PostJsonAsync("""[{"query":"{ward}"},{"query":"{ward}"},{"query":"{ward}"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BATCH_SIZE_INVALID", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_Subscription_Returns400()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("subscription { messageAdded }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SUBSCRIPTION_OVER_HTTP", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_ExecutionTimeout_ReturnsTimeoutError()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(200));

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("{ slow }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("TIMEOUT", body.FirstErrorCode());
    }

    [Fact]
    public async Task Post_ConfigureExecution_ReachesResolvers()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.ConfigureExecution = (http, execution) =>
        {
            execution.UserContext["tenant"] = http.Request.Headers["X-Tenant"].ToString();
            return ValueTask.CompletedTask;
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = HttpTestExtensions.Json("""{"query":"{ tenant }"}""") };
        request.Headers.Add("X-Tenant", "hanoi");

        using var response = await host.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("hanoi", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("tenant").GetString());
    }
}
