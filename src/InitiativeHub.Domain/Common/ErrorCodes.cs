namespace InitiativeHub.Domain.Common;

/// <summary>The stable error codes clients rely on. Never rename one; add new ones.</summary>
public static class ErrorCodes
{
    public const string Validation = "VALIDATION";
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Conflict = "CONFLICT";
    public const string Duplicate = "DUPLICATE";
    public const string DeadlinePassed = "DEADLINE_PASSED";
    public const string WrongPhase = "WRONG_PHASE";
    public const string QuotaExceeded = "QUOTA_EXCEEDED";
}
