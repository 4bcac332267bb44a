using System.Security.Claims;
using InitiativeHub.Application.Access;

namespace InitiativeHub.Web.Account;

/// <summary>Who is asking, as the use cases want it, from the signed-in principal.</summary>
public static class ClaimsPrincipalViewerExtensions
{
    /// <summary>The viewer (Identity puts the user id, a Guid, in NameIdentifier); anonymous when not signed in.</summary>
    public static Viewer ToViewer(this ClaimsPrincipal? user)
    {
        var id = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        return user?.Identity?.IsAuthenticated == true && Guid.TryParse(id, out var userId)
            ? new Viewer(userId)
            : Viewer.Anonymous;
    }

    /// <summary>The name to greet the user by: the full name, else the account name (the email).</summary>
    public static string? DisplayName(this ClaimsPrincipal? user)
    {
        var fullName = user?.FindFirstValue(AppUserClaimsPrincipalFactory.FullNameClaimType);
        return string.IsNullOrWhiteSpace(fullName) ? user?.Identity?.Name : fullName;
    }
}
