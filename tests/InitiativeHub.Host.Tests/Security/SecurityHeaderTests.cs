namespace InitiativeHub.Host.Tests.Security;

/// <summary>Pages and the API carry the headers that stop framing, MIME sniffing, referrer leaks and foreign scripts.</summary>
[Collection(HostCollection.Name)]
public sealed class SecurityHeaderTests(HostFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/dang-nhap")]
    [InlineData("/graphql?query=%7B__typename%7D")]
    [InlineData("/khong-ton-tai")]
    public async Task Response_CarriesTheSecurityHeaders(string path)
    {
        using var response = await fixture.CreateClient().Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;
}
