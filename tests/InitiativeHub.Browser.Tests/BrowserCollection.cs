namespace InitiativeHub.Browser.Tests;

/// <summary>One host and one browser for every browser test; each test opens its own browser context (cookies).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
