using System.Net;
using System.Text;
using InitiativeHub.GraphQL.Server.Tests.TestSupport;

namespace InitiativeHub.GraphQL.Server.Tests.Multipart;

public sealed class MultipartTests
{
    private const string UploadOperation = """{"query":"mutation($f: Upload!) { upload(file: $f) }","variables":{"f":null}}""";
    private const string UploadMap = """{"0":["variables.f"]}""";

    [Fact]
    public async Task Multipart_SingleFile_Uploads()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await SendAsync(host, UploadOperation, UploadMap, ("0", "a.txt", "hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("a.txt:5:hello", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("upload").GetString());
    }

    [Fact]
    public async Task Multipart_FileList_Uploads()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        const string operations = """{"query":"mutation($fs: [Upload!]!) { uploadMany(files: $fs) }","variables":{"fs":[null,null]}}""";

        using var response = await SendAsync(
            host, operations, """{"a":["variables.fs.0"],"b":["variables.fs.1"]}""", ("a", "a.txt", "123"), ("b", "b.txt", "4567"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(7, (await response.ReadJsonAsync()).GetProperty("data").GetProperty("uploadMany").GetInt32());
    }

    [Fact]
    public async Task Multipart_Batch_UploadsIntoIndexedRequest()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.EnableBatchedRequests = true);
        const string operations = "[{\"query\":\"{ ward }\"}," + UploadOperation + "]";

        using var response = await SendAsync(host, operations, """{"0":["1.variables.f"]}""", ("0", "b.txt", "xy"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("b.txt:2:xy", body[1].GetProperty("data").GetProperty("upload").GetString());
    }

    [Fact]
    public async Task Multipart_FileTooLarge_Returns413()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.MaximumFileSize = 4);

        using var response = await SendAsync(host, UploadOperation, UploadMap, ("0", "a.txt", "hello"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("FILE_TOO_LARGE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Multipart_TooManyFiles_Returns413()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.MaximumFileCount = 1);

        using var response = await SendAsync(host, UploadOperation, UploadMap, ("0", "a.txt", "a"), ("1", "b.txt", "b"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("TOO_MANY_FILES", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Multipart_WithoutPreflightHeader_Returns400()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await SendAsync(host, UploadOperation, UploadMap, preflight: false, ("0", "a.txt", "hello"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("CSRF_PROTECTION", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Multipart_WhenReadFormOnPostDisabled_Returns415()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.ReadFormOnPost = false);

        using var response = await SendAsync(host, UploadOperation, UploadMap, ("0", "a.txt", "hello"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData(UploadOperation, "not json")]
    [InlineData(UploadOperation, """["variables.f"]""")]
    [InlineData(UploadOperation, """{"0":"variables.f"}""")]
    [InlineData(UploadOperation, """{"0":[]}""")]
    [InlineData(UploadOperation, """{"9":["variables.f"]}""")]
    [InlineData(UploadOperation, """{"0":["query"]}""")]
    [InlineData(UploadOperation, """{"0":["variables.missing"]}""")]
    [InlineData(UploadOperation, """{"0":["0.variables.f"]}""")]
    [InlineData("""{"query":"mutation($f: Upload!) { upload(file: $f) }","variables":{"f":"taken"}}""", UploadMap)]
    [InlineData("{broken", UploadMap)]
    public async Task Multipart_MalformedMap_Returns400(string operations, string map)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await SendAsync(host, operations, map, ("0", "a.txt", "hello"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MULTIPART_MAP_INVALID", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Multipart_MissingMap_Returns400()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var content = new MultipartFormDataContent { { new StringContent(UploadOperation), "operations" } };

        using var response = await PostAsync(host, content, preflight: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Upload_AsLiteral_IsRejectedAtValidation()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("mutation { upload(file: \"x\") }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(GraphQLTestHost host, string operations, string map, params (string Name, string FileName, string Content)[] files) =>
        SendAsync(host, operations, map, preflight: true, files);

    private static async Task<HttpResponseMessage> SendAsync(
        GraphQLTestHost host, string operations, string map, bool preflight, params (string Name, string FileName, string Content)[] files)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(operations, Encoding.UTF8), "operations" },
            { new StringContent(map, Encoding.UTF8), "map" },
        };
        foreach (var (name, fileName, text) in files)
        {
            content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), name, fileName);
        }

        return await PostAsync(host, content, preflight);
    }

    private static async Task<HttpResponseMessage> PostAsync(GraphQLTestHost host, MultipartFormDataContent content, bool preflight)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        if (preflight)
        {
            request.Headers.Add(GraphQLTestHost.Preflight, "1");
        }

        return await host.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
    }
}
