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
    public async Task SeedDemo_OnEmptyFolder_CreatesAnOpenCampaignWithEntries_APublishedOneWithAwards_ADirectiveWithAReport_AndRefusesASecondRun()
    {
        // Arrange
        var dataPath = Directory.CreateTempSubdirectory("initiativehub-demo-").FullName;
        var cancellationToken = TestContext.Current.CancellationToken;

        // Act: seed, serve the folder, seed again.
        var seeded = await HostProcess.RunCommandAsync(dataPath, CommandSettings(), "seed-demo");
        Assert.True(seeded.ExitCode == 0, seeded.Output);
        var citizenEmail = CitizenLine().Match(seeded.Output).Groups[1].Value;
        var password = PasswordLine().Match(seeded.Output).Groups[1].Value;
        var departmentEmail = DepartmentOrganizerLine().Match(seeded.Output).Groups[1].Value;

        int entryCount;
        string phase;
        int citizenEntries;
        string? citizenName;
        string publishedPhase;
        List<string> showcase;
        List<string> awardDecisions;
        List<(string Code, int Recipients, List<string> Reports)> directives;
        // No bootstrap settings: the host serves the seeded folder as it is.
        await using (var host = await HostProcess.StartAsync(
            new Dictionary<string, string> { ["InitiativeHub__Bootstrap__AdminEmail"] = string.Empty }, dataPath, cancellationToken))
        {
            var fixture = HostFixture.For(host);
            var campaigns = await fixture.CreateClient().GraphQLAsync(
                "{ campaigns { totalCount nodes { id title phase entryCount } } }", cancellationToken: cancellationToken);
            var nodes = campaigns["data"]!["campaigns"]!["nodes"]!.AsArray();
            var campaign = nodes.Single(c => c!["title"]!.GetValue<string>().Contains("(21/4)", StringComparison.Ordinal))!;
            publishedPhase = nodes.Single(c => c!["title"]!.GetValue<string>().Contains("18/5/2026", StringComparison.Ordinal))!["phase"]!.GetValue<string>();
            var shown = await fixture.CreateClient().GraphQLAsync(
                "{ showcase(first: 20) { nodes { entry { title } award { decisionNumber tier { name } } } } }", cancellationToken: cancellationToken);
            var shownNodes = shown["data"]!["showcase"]!["nodes"]!.AsArray();
            showcase = shownNodes.Select(n => $"{n!["award"]!["tier"]!["name"]}: {n["entry"]!["title"]}").Order(StringComparer.Ordinal).ToList();
            awardDecisions = shownNodes.Select(n => n!["award"]!["decisionNumber"]!.GetValue<string>()).Distinct().ToList();
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

            var department = fixture.CreateClient();
            await department.LoginAsync(departmentEmail, password, cancellationToken);
            var issued = await department.GraphQLAsync(
                "{ directives { nodes { code recipients { id } reports { status organization { name } } } } }", cancellationToken: cancellationToken);
            directives = issued["data"]!["directives"]!["nodes"]!.AsArray()
                .Select(d => (
                    d!["code"]!.GetValue<string>(),
                    d["recipients"]!.AsArray().Count,
                    d["reports"]!.AsArray().Where(r => r!["status"]!.GetValue<string>() == "SUBMITTED").Select(r => r!["organization"]!["name"]!.GetValue<string>()).ToList()))
                .ToList();
        }

        var before = await CountRowsAsync(dataPath, cancellationToken);
        var again = await HostProcess.RunCommandAsync(dataPath, CommandSettings(), "seed-demo");
        var after = await CountRowsAsync(dataPath, cancellationToken);

        // Assert
        Assert.Equal("OPEN", phase);
        Assert.Equal(12, entryCount);
        Assert.Equal(2, citizenEntries);
        Assert.Equal("Nguyễn Văn An", citizenName);
        Assert.Equal("PUBLISHED", publishedPhase);
        Assert.Equal(
            [
                "Giải Nhì: Phòng thí nghiệm ảo môn Khoa học tự nhiên cho học sinh THCS",
                "Giải Nhất: Ứng dụng bản đồ số tra cứu điểm thu gom rác thải nguy hại trên địa bàn phường",
            ],
            showcase);
        Assert.Equal(["15/QĐ-UBND"], awardDecisions);
        var directive = Assert.Single(directives);
        Assert.Equal("512/SKHCN-QLCN&TĐC", directive.Code);
        Assert.Equal(3, directive.Recipients);
        Assert.Equal(["UBND phường Trần Hưng Đạo"], directive.Reports);
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

    [GeneratedRegex("Ban tổ chức: Lâm Thị Thanh Thủy <([^>]+)>")]
    private static partial Regex DepartmentOrganizerLine();

    [GeneratedRegex(@"Mật khẩu chung[^:]*: (\S+)")]
    private static partial Regex PasswordLine();
}
