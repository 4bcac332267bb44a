using System.Globalization;
using System.Text.RegularExpressions;
using InitiativeHub.Testing;
using Microsoft.Data.Sqlite;

namespace InitiativeHub.Host.Tests.Operations;

/// <summary>
/// <c>seed-demo</c> fills an empty data folder with a demo scenario a host then serves, and refuses a folder that
/// already holds data.
/// </summary>
public sealed partial class DemoDataCommandTests
{
    [Fact]
    public async Task SeedDemo_OnEmptyFolder_CreatesAnOpenCampaignWithEntries_AndRefusesASecondRun()
    {
        // Arrange
        var dataPath = Directory.CreateTempSubdirectory("initiativehub-demo-").FullName;
        var cancellationToken = TestContext.Current.CancellationToken;

        // Act: seed, serve the folder, seed again.
        var seeded = await HostProcess.RunCommandAsync(dataPath, CommandSettings(), "seed-demo");
        Assert.True(seeded.ExitCode == 0, seeded.Output);
        var citizenEmail = CitizenLine().Match(seeded.Output).Groups[1].Value;
        var password = PasswordLine().Match(seeded.Output).Groups[1].Value;

        int entryCount;
        string phase;
        int citizenEntries;
        string? citizenName;
        // No bootstrap settings: the host serves the seeded folder as it is.
        await using (var host = await HostProcess.StartAsync(
            new Dictionary<string, string> { ["InitiativeHub__Bootstrap__AdminEmail"] = string.Empty }, dataPath, cancellationToken))
        {
            var fixture = HostFixture.For(host);
            var campaigns = await fixture.CreateClient().GraphQLAsync(
                "{ campaigns { totalCount nodes { id title phase entryCount } } }", cancellationToken: cancellationToken);
            var campaign = campaigns["data"]!["campaigns"]!["nodes"]!.AsArray().Single()!;
            phase = campaign["phase"]!.GetValue<string>();
            entryCount = campaign["entryCount"]!.GetValue<int>();

            var citizen = fixture.CreateClient();
            await citizen.LoginAsync(citizenEmail, password, cancellationToken);
            var mine = await citizen.GraphQLAsync(
                "query($c: ID!) { viewer { fullName } entries(campaignId: $c) { totalCount } }",
                new { c = campaign["id"]!.GetValue<string>() },
                cancellationToken);
            citizenEntries = mine["data"]!["entries"]!["totalCount"]!.GetValue<int>();
            citizenName = mine["data"]!["viewer"]?["fullName"]?.GetValue<string>();
        }

        var before = await CountRowsAsync(dataPath, cancellationToken);
        var again = await HostProcess.RunCommandAsync(dataPath, CommandSettings(), "seed-demo");
        var after = await CountRowsAsync(dataPath, cancellationToken);

        // Assert
        Assert.Equal("OPEN", phase);
        Assert.Equal(12, entryCount);
        Assert.Equal(2, citizenEntries);
        Assert.Equal("Nguyễn Văn An", citizenName);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("Từ chối", again.Output, StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    /// <summary>Own Orleans ports and cluster, so the command never meets a host another test runs.</summary>
    private static Dictionary<string, string> CommandSettings() => new()
    {
        ["InitiativeHub__Orleans__ClusterId"] = $"test-{Guid.NewGuid():N}",
        ["InitiativeHub__Orleans__SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
        ["InitiativeHub__Orleans__GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
    };

    private static async Task<string> CountRowsAsync(string dataPath, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "initiativehub.db")};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = """
            SELECT (SELECT COUNT(*) FROM organizations) || '/' || (SELECT COUNT(*) FROM AspNetUsers) || '/' ||
                   (SELECT COUNT(*) FROM campaigns) || '/' || (SELECT COUNT(*) FROM entries) || '/' ||
                   (SELECT COUNT(*) FROM audit_records)
            """;
        return (string)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    [GeneratedRegex("Người dân: .+ <([^>]+)>")]
    private static partial Regex CitizenLine();

    [GeneratedRegex(@"Mật khẩu chung[^:]*: (\S+)")]
    private static partial Regex PasswordLine();
}
