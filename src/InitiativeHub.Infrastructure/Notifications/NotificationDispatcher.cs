using InitiativeHub.Application.Notifications;
using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace InitiativeHub.Infrastructure.Notifications;

/// <summary>
/// The outbox: mails notices that were committed with their change and not yet mailed, then stamps them. A crash
/// between mailing and stamping mails a notice twice rather than never.
/// </summary>
public sealed partial class NotificationDispatcher(
    IDbContextFactory<AppDbContext> contexts, IMailTransport transport, TimeProvider clock, ILogger<NotificationDispatcher> logger) : RecurringBackgroundService(Interval, clock)
{
    private const int MaxAttempts = 5;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>Mails one batch of pending notices; returns how many were mailed.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = await (
            from notice in db.Notifications
            join user in db.Users on notice.UserId equals user.Id
            where notice.EmailedAt == null && notice.EmailAttempts < MaxAttempts && user.Email != null
            orderby notice.CreatedAt
            select new { notice, user.Email })
            .Take(50)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var item in pending)
        {
            item.notice.EmailAttempts++;
            try
            {
                await transport.SendAsync(new MailMessage(item.Email!, item.notice.Title, item.notice.Body), cancellationToken);
                item.notice.EmailedAt = Clock.GetUtcNow();
                sent++;
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException or System.Net.Mail.SmtpException)
            {
                LogSendFailed(logger, exception, item.notice.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        while (await DispatchPendingAsync(cancellationToken) > 0)
        {
        }
    }

    protected override void OnRoundFailed(Exception exception) => LogDispatchFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailing notification {NotificationId} failed")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, Guid notificationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The notification outbox failed a round")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);
}
