using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Application.Directives;

/// <summary>One line behind a counted figure: the entry, where it was counted (organization in force), category and kind.</summary>
public sealed record FigureItem(
    Guid EntryId,
    string Title,
    EntryKind Kind,
    string CategoryName,
    Guid OrganizationId,
    string OrganizationName,
    string CampaignTitle,
    DateTimeOffset SubmittedAt,
    string? ReceiptNumber,
    bool Recognized,
    bool Awarded);
