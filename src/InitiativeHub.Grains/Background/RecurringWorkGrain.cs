using InitiativeHub.Application.Common.Background;
using Microsoft.Extensions.Logging;

namespace InitiativeHub.Grains.Background;

/// <summary>
/// The one runner of a recurring work in the cluster: a grain timer that runs a round, waits the work's interval,
/// and runs the next. Rounds never overlap (the timer waits for the round); the timer keeps the activation alive.
/// </summary>
public sealed partial class RecurringWorkGrain(IEnumerable<IRecurringWork> works, ILogger<RecurringWorkGrain> logger) : Grain, IRecurringWorkGrain, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private IRecurringWork? _work;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var name = this.GetPrimaryKeyString();
        _work = works.SingleOrDefault(w => w.Name == name)
            ?? throw new InvalidOperationException($"No recurring work is named '{name}'.");
        this.RegisterGrainTimer(RunRoundAsync, new GrainTimerCreationOptions(TimeSpan.Zero, _work.Interval) { KeepAlive = true });
        LogStarted(logger, name, RuntimeIdentity);
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => await _stopping.CancelAsync();

    public Task EnsureRunningAsync() => Task.CompletedTask;

    public void Dispose() => _stopping.Dispose();

    private async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        try
        {
            await _work!.RunOnceAsync(linked.Token);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            // Deactivating (the silo stops): the next activation, here or on another host, picks the work up.
        }
        catch (Exception exception)
        {
            LogRoundFailed(logger, exception, _work!.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recurring work {Name} runs on silo {Silo}")]
    private static partial void LogStarted(ILogger logger, string name, string silo);

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of the recurring work {Name} failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, string name);
}
