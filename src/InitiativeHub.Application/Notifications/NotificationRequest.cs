namespace InitiativeHub.Application.Notifications;

/// <summary>A notice to one user, stored with the change that caused it and mailed through the outbox.</summary>
public sealed record NotificationRequest(Guid UserId, string Kind, string Title, string Body, Guid? EntryId);
