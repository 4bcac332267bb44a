using InitiativeHub.Domain.Exports;

namespace InitiativeHub.GraphQL.Exports;

public sealed class StartExportInput
{
    public string? CampaignId { get; set; }

    public string? DirectiveId { get; set; }

    public ExportKind Kind { get; set; }

    public ExportFormat Format { get; set; }
}
