using InitiativeHub.Application.Directives;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Infrastructure.Hosting;
using InitiativeHub.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace InitiativeHub.Infrastructure.Directives;

/// <summary>
/// Reminds recipients who have not submitted before a directive's due date (<see cref="ReminderSchedule"/>), through the
/// notification outbox. The database, not a timer, holds the schedule: the silo's reminders are in memory in the
/// single-machine setup and would be lost on a restart, while this scan picks up after one. Each (report, step) is
/// recorded under a unique key in the same transaction as its notices, so a step is sent exactly once even when two
/// hosts scan at the same time.
/// </summary>
public sealed partial class DirectiveReminderDispatcher(
    IDbContextFactory<AppDbContext> contexts, IDirectiveRepository directives, TimeProvider clock, TimeSpan interval, ILogger<DirectiveReminderDispatcher> logger)
    : RecurringBackgroundService(interval, clock)
{
    /// <summary>Sends every reminder step due now; returns how many reports were reminded.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var horizon = now.AddDays(ReminderSchedule.StepsInDays.Max());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await (
            from report in db.UnitReports.AsNoTracking()
            join directive in db.Directives.AsNoTracking() on report.DirectiveId equals directive.Id
            where directive.ReportDueAt > now && directive.ReportDueAt <= horizon
                && (report.Status == UnitReportStatus.NotStarted || report.Status == UnitReportStatus.Draft)
            select new { report, directive })
            .ToListAsync(cancellationToken);
        var reportIds = open.Select(o => o.report.Id).ToList();
        var sent = (await db.DirectiveReminders.AsNoTracking().Where(r => reportIds.Contains(r.ReportId)).Select(r => new { r.ReportId, r.Step }).ToListAsync(cancellationToken))
            .ToLookup(r => r.ReportId, r => r.Step);
        var reminded = 0;
        foreach (var item in open)
        {
            if (ReminderSchedule.StepToSend(item.directive.ReportDueAt, now, sent[item.report.Id].ToList()) is not { } step)
            {
                continue;
            }

            if (await RemindAsync(item.directive, item.report, step, now, cancellationToken))
            {
                reminded++;
            }
        }

        return reminded;
    }

    protected override async Task RunOnceAsync(CancellationToken cancellationToken) => await SendDueAsync(cancellationToken);

    protected override void OnRoundFailed(Exception exception) => LogRoundFailed(logger, exception);

    private async Task<bool> RemindAsync(Directive directive, UnitReport report, int step, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reporters = await directives.GetReportersAsync([report.OrganizationId], cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.DirectiveReminders.Add(new DirectiveReminderRecord { Id = Guid.CreateVersion7(), ReportId = report.Id, DirectiveId = directive.Id, Step = step, SentAt = now });
        var daysLeft = Math.Max(1, (int)Math.Ceiling((directive.ReportDueAt - now).TotalDays));
        NotificationOutbox.Add(
            db, Clock, reporters.GetValueOrDefault(report.OrganizationId, []).Select(user => DirectiveNotices.Reminder(user, directive, report.OrganizationName, daysLeft)).ToList());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another host recorded this step first: its notices went out, these did not commit.
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The directive reminder round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
