using System.Text;
using InitiativeHub.Domain.Text;
using InitiativeHub.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace InitiativeHub.Web.Account;

/// <summary>
/// The account use cases behind the web pages, over ASP.NET Core Identity: register, sign in and out, reset a
/// forgotten password. Pages keep only markup and messages; text is stored in NFC, failed sign-ins count towards
/// lockout, and nothing tells a stranger whether an email has an account.
/// </summary>
public sealed class AccountService(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IEmailSender<AppUser> mail,
    IdentityErrorDescriber errors,
    TimeProvider clock)
{
    /// <summary>True when new accounts must confirm their email before signing in.</summary>
    public bool RequiresConfirmedEmail => users.Options.SignIn.RequireConfirmedEmail;

    /// <summary>The password rules, for the hint beside the password field.</summary>
    public PasswordOptions PasswordRules => users.Options.Password;

    /// <summary>
    /// Creates an account whose user name is its email. When emails must be confirmed, sends the confirmation link
    /// of the <c>/auth/confirmEmail</c> endpoint, built on <paramref name="siteBase"/>.
    /// </summary>
    public async Task<IdentityResult> RegisterAsync(string fullName, string email, string password, Uri siteBase)
    {
        var address = NormalizeEmail(email);
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = address,
            Email = address,
            FullName = VietnameseText.Normalize(fullName) ?? string.Empty,
            CreatedAt = clock.GetUtcNow(),
        };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded && RequiresConfirmedEmail)
        {
            var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
            var link = new Uri(siteBase, $"auth/confirmEmail?userId={user.Id}&code={Uri.EscapeDataString(code)}");
            await mail.SendConfirmationLinkAsync(user, address, link.AbsoluteUri);
        }

        return result;
    }

    /// <summary>Signs in with the application cookie; every failure counts towards lockout.</summary>
    public async Task<SignInOutcome> PasswordSignInAsync(string email, string password, bool isPersistent)
    {
        var userName = NormalizeEmail(email);
        var result = await signIn.PasswordSignInAsync(userName, password, isPersistent, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return SignInOutcome.Succeeded;
        }

        if (result.IsLockedOut)
        {
            var user = await users.FindByNameAsync(userName);
            return new SignInOutcome(SignInStatus.LockedOut, user is null ? null : await users.GetLockoutEndDateAsync(user));
        }

        return result.IsNotAllowed ? new SignInOutcome(SignInStatus.NotAllowed)
            : result.RequiresTwoFactor ? new SignInOutcome(SignInStatus.RequiresTwoFactor)
            : SignInOutcome.Failed;
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    /// <summary>
    /// Mails a password reset code (the same code the <c>/auth/resetPassword</c> API takes) when the email has an
    /// account that may sign in; says nothing either way.
    /// </summary>
    public async Task SendPasswordResetCodeAsync(string email)
    {
        var user = await users.FindByEmailAsync(NormalizeEmail(email));
        if (user?.Email is null || (RequiresConfirmedEmail && !await users.IsEmailConfirmedAsync(user)))
        {
            return;
        }

        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        await mail.SendPasswordResetCodeAsync(user, user.Email, code);
    }

    /// <summary>Sets a new password with a reset code; an unknown email fails like a wrong code.</summary>
    public async Task<IdentityResult> ResetPasswordAsync(string email, string code, string newPassword)
    {
        var user = await users.FindByEmailAsync(NormalizeEmail(email));
        if (user is null || Decode(code) is not { } token)
        {
            return IdentityResult.Failed(errors.InvalidToken());
        }

        return await users.ResetPasswordAsync(user, token, newPassword);
    }

    private static string NormalizeEmail(string email) => VietnameseText.Normalize(email) ?? string.Empty;

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private static string? Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code.Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
