using InitiativeHub.Application.Common.Background;
using InitiativeHub.Application.Notifications;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace InitiativeHub.Infrastructure.Notifications;

/// <summary>
/// The outbox: mails notices that were committed with their change and not yet mailed, then stamps them. A crash
/// between mailing and stamping mails a notice twice rather than never. It runs once per cluster (see
/// <see cref="IRecurringWork"/>): two hosts reading the same pending notices would mail each of them twice.
/// </summary>
public sealed partial class NotificationDispatcher(
    IDbContextFactory<AppDbContext> contexts, IMailTransport transport, TimeProvider clock, ILogger<NotificationDispatcher> logger) : IRecurringWork
{
    private const int MaxAttempts = 5;

    public string Name => "notification-outbox";

    public TimeSpan Interval { get; } = TimeSpan.FromSeconds(2);

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
                item.notice.EmailedAt = clock.GetUtcNow();
                sent++;
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException or System.Net.Mail.SmtpException)
            {
                LogSendFailed(logger, exception, item.notice.Id);
            }
        }

        // The stamps go through the database's one writer like every other write: on SQLite a second writer would
        // meet the submissions' group commit with SQLITE_BUSY, which the driver answers by sleeping and retrying.
        await db.WriteAuditedAsync(
            async token =>
            {
                await db.SaveChangesAsync(token);
                return true;
            },
            cancellationToken);
        return sent;
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        while (await DispatchPendingAsync(cancellationToken) > 0)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailing notification {NotificationId} failed")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, Guid notificationId);
}
