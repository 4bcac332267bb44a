using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Application.Entries;

/// <summary>An entry whose title and description resemble a text, with a similarity from 0 to 1.</summary>
public sealed record SimilarEntryMatch(Entry Entry, double Similarity);
