using InitiativeHub.Host.Tests.Organizations;
using InitiativeHub.Testing;
using Microsoft.Data.Sqlite;

namespace InitiativeHub.Host.Tests.Audit;

/// <summary>The audit log is a hash chain; the operator's <c>verify-audit</c> command tells whether it holds.</summary>
public sealed class AuditChainTests
{
    [Fact]
    public async Task VerifyAudit_AfterChanges_IsValid_AndAfterTampering_PointsAtTheRecord()
    {
        // Arrange: a host records some changes (organizations, a role grant), then stops.
        var dataPath = Directory.CreateTempSubdirectory("initiativehub-audit-").FullName;
        await using (var host = await HostProcess.StartAsync(dataPath: dataPath))
        {
            var fixture = HostFixture.For(host);
            var scenario = await OrganizationScenario.CreateAsync(fixture);
            await scenario.UserWithRoleAsync(fixture, "ORGANIZER", scenario.WardAId);
        }

        // Act
        var intact = await HostProcess.RunCommandAsync(dataPath, "verify-audit");
        long tamperedSequence;
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "initiativehub.db")};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var find = connection.CreateCommand();
            find.CommandText = "SELECT Sequence FROM audit_records WHERE Summary LIKE '%Lạng Sơn%'";
            tamperedSequence = (long)(await find.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
            await using var tamper = connection.CreateCommand();
            tamper.CommandText = "UPDATE audit_records SET Summary = replace(Summary, 'Lạng Sơn', 'Cao Bằng') WHERE Summary LIKE '%Lạng Sơn%'";
            Assert.Equal(1, await tamper.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        }

        var tampered = await HostProcess.RunCommandAsync(dataPath, "verify-audit");

        // Assert
        Assert.Equal(0, intact.ExitCode);
        Assert.Matches("Audit chain valid: [0-9]+ record", intact.Output);
        Assert.Equal(1, tampered.ExitCode);
        Assert.Contains($"BROKEN at record {tamperedSequence}:", tampered.Output, StringComparison.Ordinal);
    }
}
