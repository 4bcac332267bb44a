using System.Text.RegularExpressions;
using InitiativeHub.Testing;

namespace InitiativeHub.Browser.Tests;

/// <summary>
/// The browser tests' own rules, read from their source: every browser a test opens is checked for console and page
/// errors before the test ends, and a test run at one screen size is run at both and leaves screenshots.
/// </summary>
public sealed partial class BrowserTestConventionsTests
{
    private static readonly string TestProject = Path.Combine(RepositoryPaths.Root, "tests", "InitiativeHub.Browser.Tests");

    [Fact]
    public void EveryBrowserATestOpens_IsCheckedForBrowserErrors()
    {
        var tests = TestMethods().ToList();
        Assert.NotEmpty(tests);
        var unverified = tests
            .SelectMany(test => OpenedSession().Matches(test.Body).Select(match => (test.Name, Session: match.Groups[1].Value, test.Body)))
            .Where(opened => !opened.Body.Contains($"{opened.Session}.AssertNoBrowserErrors()", StringComparison.Ordinal))
            .Select(opened => $"{opened.Name}: {opened.Session}")
            .ToList();
        Assert.True(unverified.Count == 0, "Browsers never checked for errors: " + string.Join(", ", unverified));
    }

    [Fact]
    public void EveryTestRunPerScreen_RunsAtBothSizesAndTakesScreenshots()
    {
        var perScreen = TestMethods().Where(test => test.Attributes.Contains("InlineData(\"phone-390x844\")", StringComparison.Ordinal)
            || test.Attributes.Contains("InlineData(\"laptop-1366x768\")", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(perScreen);
        var wrong = perScreen
            .Where(test => !test.Attributes.Contains("InlineData(\"phone-390x844\")", StringComparison.Ordinal)
                || !test.Attributes.Contains("InlineData(\"laptop-1366x768\")", StringComparison.Ordinal)
                || !test.Body.Contains(".ScreenshotAsync(", StringComparison.Ordinal))
            .Select(test => test.Name)
            .ToList();
        Assert.True(wrong.Count == 0, "Not run at both sizes with screenshots: " + string.Join(", ", wrong));
    }

    private static IEnumerable<(string Name, string Attributes, string Body)> TestMethods()
    {
        foreach (var file in Directory.EnumerateFiles(TestProject, "*Tests.cs", SearchOption.AllDirectories).Where(IsSource))
        {
            var text = File.ReadAllText(file);
            var matches = TestMethod().Matches(text);
            for (var index = 0; index < matches.Count; index++)
            {
                var end = index + 1 < matches.Count ? matches[index + 1].Index : text.Length;
                yield return (matches[index].Groups["name"].Value, matches[index].Groups["attributes"].Value, text[matches[index].Index..end]);
            }
        }
    }

    private static bool IsSource(string path)
    {
        var relative = Path.GetRelativePath(TestProject, path).Replace('\\', '/');
        return !relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal);
    }

    // A test: its attributes ([Fact], [Theory], [InlineData(...)]…) on the lines above "public async Task Name(".
    [GeneratedRegex(@"(?<attributes>(?:^ {4}\[[^\n]*\]\r?\n)+)^ {4}public async Task (?<name>\w+)\(", RegexOptions.Multiline)]
    private static partial Regex TestMethod();

    [GeneratedRegex(@"await using var (\w+) = await fixture\.OpenAsync\(")]
    private static partial Regex OpenedSession();
}
