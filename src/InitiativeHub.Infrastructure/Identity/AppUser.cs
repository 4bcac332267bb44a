using Microsoft.AspNetCore.Identity;

namespace InitiativeHub.Infrastructure.Identity;

/// <summary>An account (ASP.NET Core Identity) with the profile the platform shows.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = string.Empty;

    /// <summary>The organization the person works in or lives under, when known.</summary>
    public Guid? OrganizationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
