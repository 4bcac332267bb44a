namespace InitiativeHub.Domain.Entries;

/// <summary>
/// An author or co-author as on the application form (TT 18/2013 Phụ lục I). <see cref="Email"/> links the author to an
/// account where known, so a judge who is an author is recognised as conflicted.
/// </summary>
public sealed record Author(
    string FullName,
    DateOnly? DateOfBirth,
    string? Workplace,
    string? Position,
    string? Qualification,
    decimal ContributionPercent,
    string? Email = null);
