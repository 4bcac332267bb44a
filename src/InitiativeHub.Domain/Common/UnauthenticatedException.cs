namespace InitiativeHub.Domain.Common;

/// <summary>The action needs a signed-in user.</summary>
public sealed class UnauthenticatedException(string message = "Bạn cần đăng nhập để thực hiện thao tác này.")
    : DomainException(ErrorCodes.Unauthenticated, message);
