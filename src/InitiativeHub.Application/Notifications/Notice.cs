namespace InitiativeHub.Application.Notifications;

/// <summary>An in-app notice as its recipient reads it.</summary>
public sealed record Notice(Guid Id, string Kind, string Title, string Body, Guid? EntryId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
