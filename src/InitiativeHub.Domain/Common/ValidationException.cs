namespace InitiativeHub.Domain.Common;

/// <summary>Input that breaks a rule: the message says which, in the user's words.</summary>
public sealed class ValidationException(string message, string? field = null)
    : DomainException(ErrorCodes.Validation, message, field);
