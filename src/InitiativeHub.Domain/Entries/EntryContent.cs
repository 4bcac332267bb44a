namespace InitiativeHub.Domain.Entries;

/// <summary>The editable content of an entry (the fields of the application form).</summary>
public sealed record EntryContent(
    string Title,
    string? FieldOfApplication,
    DateOnly? FirstAppliedOn,
    string Description,
    string? ApplicationConditions,
    string? ConfidentialInformation,
    string? Benefits,
    string? BenefitsByApplier,
    string? Investor,
    IReadOnlyList<Author> Authors,
    IReadOnlyList<TrialParticipant> TrialParticipants);
