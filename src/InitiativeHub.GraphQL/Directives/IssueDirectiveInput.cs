namespace InitiativeHub.GraphQL.Directives;

public sealed class IssueDirectiveInput
{
    public string IssuerId { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public DateTimeOffset ReportDueAt { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public IReadOnlyList<string> RecipientIds { get; set; } = [];

    public IReadOnlyList<string>? LegalBasis { get; set; }

    public string? RequestedContent { get; set; }
}
