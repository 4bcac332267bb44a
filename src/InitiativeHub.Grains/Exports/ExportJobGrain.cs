using InitiativeHub.Application.Attachments;
using InitiativeHub.Application.Common.Results;
using InitiativeHub.Application.Common.Time;
using InitiativeHub.Application.Exports;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Exports;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace InitiativeHub.Grains.Exports;

/// <summary>
/// Runs one export job. The document is written on the thread pool into a temporary file (so the grain keeps
/// answering and memory stays flat), progress is sampled from the grain's own turns, saved and pushed to observers,
/// and the finished file goes to the attachment store. Clients only watch: a client that goes away changes nothing.
/// </summary>
public sealed class ExportJobGrain(
    IExportJobRepository jobs, IExportRunner runner, IAttachmentStore store, TimeProvider clock, ILogger<ExportJobGrain> logger)
    : Grain, IExportJobGrain, IRemindable, IDisposable
{
    /// <summary>
    /// The reminder that outlives the process running a job: if that host dies, it wakes the job's grain on another
    /// silo, whose activation records the job as FAILED instead of leaving it RUNNING for ever.
    /// </summary>
    internal const string WatchdogReminder = "export-watchdog";

    private static readonly TimeSpan WatchdogPeriod = TimeSpan.FromMinutes(1);

    /// <summary>The largest file an export may store.</summary>
    public const long MaxFileBytes = 2L * 1024 * 1024 * 1024;

    internal const string InterruptedMessage = "Tiến trình xuất bị gián đoạn vì máy chủ đã dừng; vui lòng xuất lại.";
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(200);
    private readonly ObserverManager<IExportJobObserver> _observers = new(TimeSpan.FromMinutes(5), logger);
    private readonly CancellationTokenSource _stopping = new();
    private ExportJob? _job;

    // What clients are told: the job as last saved. The in-memory job turns SUCCEEDED before its outcome is stored, and
    // a client told so in between would find the download (which reads the store) not ready yet.
    private ExportJobSnapshot? _saved;
    private Task? _work;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _job = await jobs.GetAsync(this.GetPrimaryKey(), cancellationToken);
        if (_job is { IsFinished: false })
        {
            // A fresh activation never runs a job it did not start: the process that ran it is gone.
            _job.Fail(InterruptedMessage, clock.GetUtcNow());
            await jobs.SaveOutcomeAsync(_job, cancellationToken);
        }

        _saved = _job is null ? null : ExportJobSnapshot.From(_job);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_work is { } work)
        {
            await work.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Current);
        }
    }

    public void Dispose() => _stopping.Dispose();

    public Task<CommandResult<ExportJobSnapshot>> StartAsync(StartExportCommand command) =>
        CommandRunner.RunAsync(async () =>
        {
            if (_job is not null)
            {
                return _saved ?? ExportJobSnapshot.From(_job);
            }

            var job = ExportJob.Queue(
                this.GetPrimaryKey(), command.Kind, command.Format, command.CampaignId, command.DirectiveId, command.OrganizationId, command.ActorId, clock.GetUtcNow());
            await jobs.AddAsync(job, command.ActorId, CancellationToken.None);
            await this.RegisterOrUpdateReminder(WatchdogReminder, WatchdogPeriod, WatchdogPeriod);
            _job = job;
            _saved = ExportJobSnapshot.From(job);
            _work = RunAsync(job);
            return _saved;
        });

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Still running here: nothing to do. Finished (here, or failed on activation after its host died): done.
        if (reminderName == WatchdogReminder && _job is null or { IsFinished: true } && await this.GetReminder(WatchdogReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task<ExportJobSnapshot?> GetAsync() => Task.FromResult(_saved);

    public Task SubscribeAsync(IExportJobObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IExportJobObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private async Task RunAsync(ExportJob job)
    {
        // The work runs outside any request: keep the activation until it is done.
        this.DelayDeactivation(TimeSpan.FromHours(2));
        var token = _stopping.Token;
        var path = Path.Combine(Path.GetTempPath(), $"initiativehub-export-{job.Id:N}.tmp");
        try
        {
            job.Start(clock.GetUtcNow());
            await PublishAsync(job, outcome: false);
            await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            var latest = 0;
            var writing = Task.Run(() => runner.WriteAsync(job, file, percent => Volatile.Write(ref latest, percent), token), token);
            while (!writing.IsCompleted)
            {
                await Task.WhenAny(writing, Task.Delay(ProgressInterval, token));
                if (job.Advance(Volatile.Read(ref latest)))
                {
                    await PublishAsync(job, outcome: false);
                }
            }

            await writing;
            file.Position = 0;
            var key = $"exports/{job.Id:N}/{ExportCatalog.Extension(job.Format)}";
            var stored = await store.PutAsync(key, file, new AttachmentPutOptions(MaxFileBytes, ExportCatalog.ContentType(job.Format)), token);
            job.Succeed(key, FileName(job), stored.Size, clock.GetUtcNow());
        }
        catch (DomainException exception)
        {
            job.Fail(exception.Message, clock.GetUtcNow());
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            job.Fail(InterruptedMessage, clock.GetUtcNow());
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Export job {JobId} ({Kind} {Format}) failed", job.Id, job.Kind, job.Format);
            job.Fail("Không tạo được tệp xuất do lỗi hệ thống; vui lòng thử lại.", clock.GetUtcNow());
        }

        await PublishAsync(job, outcome: true);
    }

    private async Task PublishAsync(ExportJob job, bool outcome)
    {
        try
        {
            if (outcome)
            {
                await jobs.SaveOutcomeAsync(job, CancellationToken.None);
            }
            else
            {
                await jobs.SaveProgressAsync(job, CancellationToken.None);
            }
        }
        catch (Exception exception) when (!outcome)
        {
            // A missed progress write is repaired by the next one; the outcome write is not optional.
            logger.LogWarning(exception, "Could not save the progress of export job {JobId}", job.Id);
        }

        var snapshot = ExportJobSnapshot.From(job);
        _saved = snapshot;
        await _observers.Notify(o => o.OnChangedAsync(snapshot));
    }

    /// <summary>"Danh sách hồ sơ 2026-04-21 1530.xlsx": the document's Vietnamese name and the local time it was made.</summary>
    private string FileName(ExportJob job) =>
        $"{ExportCatalog.FileStem(job.Kind)} {VietnamTime.ToLocal(clock.GetUtcNow()):yyyy-MM-dd HHmm}.{ExportCatalog.Extension(job.Format)}";
}
