using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Application.Directives;

/// <summary>The figures of one category and kind.</summary>
public sealed record FigureBreakdownRow(string CategoryName, EntryKind Kind, int EntriesSubmitted, int InitiativesRecognized, int AwardsApproved);
