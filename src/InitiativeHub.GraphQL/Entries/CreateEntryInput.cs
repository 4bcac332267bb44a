using InitiativeHub.Domain.Entries;

namespace InitiativeHub.GraphQL.Entries;

public sealed class CreateEntryInput
{
    public string CampaignId { get; set; } = string.Empty;

    public string CategoryId { get; set; } = string.Empty;

    public EntryKind Kind { get; set; }

    public SubmitterKind SubmitterKind { get; set; }

    public string? OrganizationId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? FieldOfApplication { get; set; }

    public DateOnly? FirstAppliedOn { get; set; }

    public string Description { get; set; } = string.Empty;

    public string? ApplicationConditions { get; set; }

    public string? ConfidentialInformation { get; set; }

    public string? Benefits { get; set; }

    public string? BenefitsByApplier { get; set; }

    public string? Investor { get; set; }

    public List<AuthorInput> Authors { get; set; } = [];

    public List<TrialParticipantInput>? TrialParticipants { get; set; }
}
