using InitiativeHub.Domain.Common;

namespace InitiativeHub.Application.Common.Results;

/// <summary>
/// What a grain command answers: the value, or the coded error of a broken rule. Grains return rule failures as
/// data rather than throwing them across the silo boundary, so the code and the Vietnamese message arrive intact.
/// A generic type's alias carries its arity (`1): without it a result cannot be read on another silo.
/// </summary>
[GenerateSerializer, Immutable, Alias("ih.command-result`1")]
public sealed record CommandResult<T>([property: Id(0)] T? Value, [property: Id(1)] CommandError? Error)
{
    public static CommandResult<T> Ok(T value) => new(value, null);

    public static CommandResult<T> Fail(DomainException exception) =>
        new(default, new CommandError(exception.Code, exception.Message, exception.Field));

    /// <summary>The value, or the error thrown again as a <see cref="DomainException"/> on the caller's side.</summary>
    public T Unwrap() => Error is null ? Value! : throw Error.ToException();
}
