namespace InitiativeHub.Host.Security;

/// <summary>
/// Limits against scripted abuse (<c>InitiativeHub:RateLimits</c>). Per address counts are generous because a ward's
/// whole office often reaches the platform through one NAT address; per user counts are tighter.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Sign-in attempts (API and page) per client address per minute.</summary>
    public int SignInsPerAddressPerMinute { get; set; } = 30;

    /// <summary>Registrations, password-reset and confirmation-mail requests per client address per hour.</summary>
    public int RegistrationsPerAddressPerHour { get; set; } = 20;

    /// <summary>GraphQL mutations per signed-in user per minute.</summary>
    public int MutationsPerUserPerMinute { get; set; } = 120;

    /// <summary>GraphQL mutations per client address per minute (signed in or not).</summary>
    public int MutationsPerAddressPerMinute { get; set; } = 600;
}
