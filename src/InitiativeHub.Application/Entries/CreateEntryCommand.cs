using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Application.Entries;

/// <summary>Create a draft entry (domain records cross the grain boundary through the JSON codec).</summary>
[GenerateSerializer, Immutable, Alias("ih.create-entry")]
public sealed record CreateEntryCommand(
    [property: Id(0)] Guid CampaignId,
    [property: Id(1)] Guid CategoryId,
    [property: Id(2)] EntryKind Kind,
    [property: Id(3)] SubmitterKind SubmitterKind,
    [property: Id(4)] Guid SubmitterId,
    [property: Id(5)] Guid? OrganizationId,
    [property: Id(6)] EntryContent Content);
