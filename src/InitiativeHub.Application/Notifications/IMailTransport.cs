namespace InitiativeHub.Application.Notifications;

/// <summary>Delivers email: by default as .eml files in the data folder's outbox, by SMTP when configured.</summary>
public interface IMailTransport
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken);
}
