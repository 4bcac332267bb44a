namespace InitiativeHub.GraphQL.Directives;

/// <summary>The input of both submitUnitReport and saveUnitReportDraft.</summary>
public sealed class SubmitUnitReportInput
{
    public string DirectiveId { get; set; } = string.Empty;

    public string OrganizationId { get; set; } = string.Empty;

    public IReadOnlyList<ActivityCountInput> Activities { get; set; } = [];

    public string? Narrative { get; set; }
}
