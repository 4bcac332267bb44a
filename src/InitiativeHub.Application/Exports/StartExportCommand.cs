using InitiativeHub.Domain.Exports;

namespace InitiativeHub.Application.Exports;

/// <summary>What the export grain needs to queue and run a job; authorization and data checks happened before.</summary>
[GenerateSerializer, Immutable, Alias("ih.start-export")]
public sealed record StartExportCommand(
    [property: Id(0)] ExportKind Kind,
    [property: Id(1)] ExportFormat Format,
    [property: Id(2)] Guid? CampaignId,
    [property: Id(3)] Guid? DirectiveId,
    [property: Id(4)] Guid OrganizationId,
    [property: Id(5)] Guid ActorId);
