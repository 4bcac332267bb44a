using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace InitiativeHub.Web.Localization;

/// <summary>
/// Identity's errors (password rules, email taken, invalid code…) in the request's language, Vietnamese by default,
/// for the web pages and the <c>/auth</c> API alike. Codes stay those of Identity, so clients can still match on them.
/// </summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<UiText> text) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Describe(nameof(DefaultError), nameof(UiText.Identity_DefaultError));

    public override IdentityError ConcurrencyFailure() => Describe(nameof(ConcurrencyFailure), nameof(UiText.Identity_ConcurrencyFailure));

    public override IdentityError PasswordMismatch() => Describe(nameof(PasswordMismatch), nameof(UiText.Identity_PasswordMismatch));

    public override IdentityError InvalidToken() => Describe(nameof(InvalidToken), nameof(UiText.Identity_InvalidToken));

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Describe(nameof(RecoveryCodeRedemptionFailed), nameof(UiText.Identity_RecoveryCodeRedemptionFailed));

    public override IdentityError LoginAlreadyAssociated() => Describe(nameof(LoginAlreadyAssociated), nameof(UiText.Identity_LoginAlreadyAssociated));

    public override IdentityError InvalidUserName(string? userName) =>
        Describe(nameof(InvalidUserName), nameof(UiText.Identity_InvalidUserName), userName ?? string.Empty);

    public override IdentityError InvalidEmail(string? email) =>
        Describe(nameof(InvalidEmail), nameof(UiText.Identity_InvalidEmail), email ?? string.Empty);

    public override IdentityError DuplicateUserName(string userName) =>
        Describe(nameof(DuplicateUserName), nameof(UiText.Identity_DuplicateUserName), userName);

    public override IdentityError DuplicateEmail(string email) => Describe(nameof(DuplicateEmail), nameof(UiText.Identity_DuplicateEmail), email);

    public override IdentityError InvalidRoleName(string? role) =>
        Describe(nameof(InvalidRoleName), nameof(UiText.Identity_InvalidRoleName), role ?? string.Empty);

    public override IdentityError DuplicateRoleName(string role) => Describe(nameof(DuplicateRoleName), nameof(UiText.Identity_DuplicateRoleName), role);

    public override IdentityError UserAlreadyHasPassword() => Describe(nameof(UserAlreadyHasPassword), nameof(UiText.Identity_UserAlreadyHasPassword));

    public override IdentityError UserLockoutNotEnabled() => Describe(nameof(UserLockoutNotEnabled), nameof(UiText.Identity_UserLockoutNotEnabled));

    public override IdentityError UserAlreadyInRole(string role) => Describe(nameof(UserAlreadyInRole), nameof(UiText.Identity_UserAlreadyInRole), role);

    public override IdentityError UserNotInRole(string role) => Describe(nameof(UserNotInRole), nameof(UiText.Identity_UserNotInRole), role);

    public override IdentityError PasswordTooShort(int length) => Describe(nameof(PasswordTooShort), nameof(UiText.Identity_PasswordTooShort), length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Describe(nameof(PasswordRequiresUniqueChars), nameof(UiText.Identity_PasswordRequiresUniqueChars), uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Describe(nameof(PasswordRequiresNonAlphanumeric), nameof(UiText.Identity_PasswordRequiresNonAlphanumeric));

    public override IdentityError PasswordRequiresDigit() => Describe(nameof(PasswordRequiresDigit), nameof(UiText.Identity_PasswordRequiresDigit));

    public override IdentityError PasswordRequiresLower() => Describe(nameof(PasswordRequiresLower), nameof(UiText.Identity_PasswordRequiresLower));

    public override IdentityError PasswordRequiresUpper() => Describe(nameof(PasswordRequiresUpper), nameof(UiText.Identity_PasswordRequiresUpper));

    private IdentityError Describe(string code, string key, params object[] arguments) =>
        new() { Code = code, Description = text[key, arguments] };
}
