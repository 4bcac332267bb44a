using InitiativeHub.Domain.Awards;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Application.Awards;

/// <summary>A published award and the entry it went to, as the public showcase lists them.</summary>
public sealed record ShowcaseItem(Award Award, Entry Entry);
