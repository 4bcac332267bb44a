namespace InitiativeHub.Web.Account;

/// <summary>How a password sign-in ended, each with its own message to the user.</summary>
public enum SignInStatus
{
    Succeeded,
    Failed,
    LockedOut,
    NotAllowed,
    RequiresTwoFactor,
}
