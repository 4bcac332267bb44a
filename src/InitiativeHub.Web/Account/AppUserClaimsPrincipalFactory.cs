using System.Security.Claims;
using InitiativeHub.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InitiativeHub.Web.Account;

/// <summary>
/// Adds the person's full name to the sign-in principal, so every page header can greet them without a database
/// round trip (the error page included). It is refreshed with the security stamp like every other claim.
/// </summary>
public sealed class AppUserClaimsPrincipalFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    public const string FullNameClaimType = "full_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.FullName))
        {
            identity.AddClaim(new Claim(FullNameClaimType, user.FullName));
        }

        return identity;
    }
}
