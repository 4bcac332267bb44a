using InitiativeHub.Domain.Common;

namespace InitiativeHub.Application.Common.Results;

/// <summary>A coded rule failure carried across the grain boundary.</summary>
[GenerateSerializer, Immutable, Alias("ih.command-error")]
public sealed record CommandError([property: Id(0)] string Code, [property: Id(1)] string Message, [property: Id(2)] string? Field)
{
    public DomainException ToException() => new(Code, Message, Field);
}
