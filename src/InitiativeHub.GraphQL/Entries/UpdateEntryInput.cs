namespace InitiativeHub.GraphQL.Entries;

public sealed class UpdateEntryInput
{
    public string EntryId { get; set; } = string.Empty;

    public string? Title { get; set; }

    public string? FieldOfApplication { get; set; }

    public DateOnly? FirstAppliedOn { get; set; }

    public string? Description { get; set; }

    public string? ApplicationConditions { get; set; }

    public string? ConfidentialInformation { get; set; }

    public string? Benefits { get; set; }

    public string? BenefitsByApplier { get; set; }

    public string? Investor { get; set; }

    public List<AuthorInput>? Authors { get; set; }

    public List<TrialParticipantInput>? TrialParticipants { get; set; }
}
