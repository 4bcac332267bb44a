using InitiativeHub.Domain.Common;

namespace InitiativeHub.GraphQL.Conventions;

/// <summary>What a mutation answers: its result, or the errors of the rules it broke (then nothing changed).</summary>
public sealed record MutationPayload<T>(T? Result, IReadOnlyList<DomainException>? Errors);
