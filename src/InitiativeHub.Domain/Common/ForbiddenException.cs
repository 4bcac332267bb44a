namespace InitiativeHub.Domain.Common;

/// <summary>The viewer is known but may not do this.</summary>
public sealed class ForbiddenException(string message = "Bạn không có quyền thực hiện thao tác này.")
    : DomainException(ErrorCodes.Forbidden, message);
