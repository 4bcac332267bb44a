namespace InitiativeHub.GraphQL.Entries;

public sealed class TrialParticipantInput
{
    public string FullName { get; set; } = string.Empty;

    public DateOnly? DateOfBirth { get; set; }

    public string? Workplace { get; set; }

    public string? Position { get; set; }

    public string? Qualification { get; set; }

    public string? SupportContent { get; set; }

    public string? Email { get; set; }
}
