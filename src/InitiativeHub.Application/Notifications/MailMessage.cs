namespace InitiativeHub.Application.Notifications;

/// <summary>An email to one recipient: plain text, optionally HTML too.</summary>
public sealed record MailMessage(string To, string Subject, string TextBody, string? HtmlBody = null);
