using InitiativeHub.Application.Common.Background;
using InitiativeHub.Application.Directives;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Directives;

/// <summary>
/// Reminds recipients who have not submitted before a directive's due date (<see cref="ReminderSchedule"/>), through the
/// notification outbox. The database, not a timer, holds the schedule: the silo's reminders are in memory in the
/// single-machine setup and would be lost on a restart, while this scan picks up after one. Each (report, step) is
/// recorded under a unique key in the same transaction as its notices, so a step is sent exactly once even if two
/// scans overlapped (the scan itself runs once per cluster, see <see cref="IRecurringWork"/>).
/// </summary>
public sealed class DirectiveReminderDispatcher(
    IDbContextFactory<AppDbContext> contexts, IDirectiveRepository directives, TimeProvider clock, TimeSpan interval)
    : IRecurringWork
{
    public string Name => "directive-reminders";

    public TimeSpan Interval => interval;

    /// <summary>Sends every reminder step due now; returns how many reports were reminded.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
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

    public async Task RunOnceAsync(CancellationToken cancellationToken) => await SendDueAsync(cancellationToken);

    private async Task<bool> RemindAsync(Directive directive, UnitReport report, int step, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reporters = await directives.GetReportersAsync([report.OrganizationId], cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.DirectiveReminders.Add(new DirectiveReminderRecord { Id = Guid.CreateVersion7(), ReportId = report.Id, DirectiveId = directive.Id, Step = step, SentAt = now });
        var daysLeft = Math.Max(1, (int)Math.Ceiling((directive.ReportDueAt - now).TotalDays));
        NotificationOutbox.Add(
            db, clock, reporters.GetValueOrDefault(report.OrganizationId, []).Select(user => DirectiveNotices.Reminder(user, directive, report.OrganizationName, daysLeft)).ToList());
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
}
