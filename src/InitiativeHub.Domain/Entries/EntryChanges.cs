namespace InitiativeHub.Domain.Entries;

/// <summary>A partial update: null leaves a field as it is.</summary>
public sealed record EntryChanges(
    string? Title = null,
    string? FieldOfApplication = null,
    DateOnly? FirstAppliedOn = null,
    string? Description = null,
    string? ApplicationConditions = null,
    string? ConfidentialInformation = null,
    string? Benefits = null,
    string? BenefitsByApplier = null,
    string? Investor = null,
    IReadOnlyList<Author>? Authors = null,
    IReadOnlyList<TrialParticipant>? TrialParticipants = null);
