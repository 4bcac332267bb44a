namespace InitiativeHub.Domain.Entries;

/// <summary>A frozen submitted version: its number, canonical content, digest and time.</summary>
public sealed record SubmittedVersion(int Version, string CanonicalForm, string Digest, DateTimeOffset SubmittedAt);
