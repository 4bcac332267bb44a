namespace InitiativeHub.Web.Account;

/// <summary>The result of a password sign-in; a locked-out account says until when, where known.</summary>
public sealed record SignInOutcome(SignInStatus Status, DateTimeOffset? LockedOutUntil = null)
{
    public static SignInOutcome Succeeded { get; } = new(SignInStatus.Succeeded);

    public static SignInOutcome Failed { get; } = new(SignInStatus.Failed);
}
