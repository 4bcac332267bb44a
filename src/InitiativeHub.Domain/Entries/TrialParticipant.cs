namespace InitiativeHub.Domain.Entries;

/// <summary>A person who took part in the first or trial application, with what they did.</summary>
public sealed record TrialParticipant(
    string FullName,
    DateOnly? DateOfBirth,
    string? Workplace,
    string? Position,
    string? Qualification,
    string? SupportContent,
    string? Email = null);
