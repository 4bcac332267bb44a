namespace InitiativeHub.GraphQL.Directives;

public sealed class CreatePlanInput
{
    public string OrganizationId { get; set; } = string.Empty;

    public string? DirectiveId { get; set; }

    public string Number { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public List<string>? Themes { get; set; }

    public List<string>? Slogans { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public List<string>? CampaignIds { get; set; }

    public List<PlanTaskInput> Tasks { get; set; } = [];
}
