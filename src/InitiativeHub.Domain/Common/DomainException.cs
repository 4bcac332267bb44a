namespace InitiativeHub.Domain.Common;

/// <summary>
/// An expected failure of a rule: carries a stable machine-readable code (see <see cref="ErrorCodes"/>) that
/// adapters turn into a payload error (GraphQL) or a message (web UI). Nothing was changed when it is thrown.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string code, string message, string? field = null)
        : base(message)
    {
        Code = code;
        Field = field;
    }

    public DomainException()
        : this(ErrorCodes.Validation, "Dữ liệu không hợp lệ.")
    {
    }

    public DomainException(string message)
        : this(ErrorCodes.Validation, message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCodes.Validation;
    }

    /// <summary>Stable code, e.g. <c>VALIDATION</c>, <c>FORBIDDEN</c>, <c>DEADLINE_PASSED</c>.</summary>
    public string Code { get; }

    /// <summary>The input field the error is about, when there is one (camelCase, as in the API).</summary>
    public string? Field { get; }
}
