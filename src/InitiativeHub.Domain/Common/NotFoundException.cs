namespace InitiativeHub.Domain.Common;

/// <summary>The object does not exist, or the viewer may not know that it does.</summary>
public sealed class NotFoundException(string message, string? field = null)
    : DomainException(ErrorCodes.NotFound, message, field);
