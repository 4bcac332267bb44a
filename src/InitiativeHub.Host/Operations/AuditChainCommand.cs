using InitiativeHub.Infrastructure.Audit;

namespace InitiativeHub.Host.Operations;

/// <summary>
/// <c>verify-audit</c>: walks the hash-chained audit log of the configured database and says whether it holds.
/// Exit code 0 when it does, 1 when a record was changed, removed or relinked.
/// </summary>
public static class AuditChainCommand
{
    public const string Name = "verify-audit";

    public static async Task<int> RunAsync(WebApplication app)
    {
        var report = await app.Services.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        if (report.IsValid)
        {
            Console.WriteLine($"Audit chain valid: {report.RecordsChecked} record(s) checked.");
            return 0;
        }

        Console.WriteLine($"Audit chain BROKEN at record {report.BrokenAt}: {report.Problem} ({report.RecordsChecked} record(s) before it hold).");
        return 1;
    }
}
