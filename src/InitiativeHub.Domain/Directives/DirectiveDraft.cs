namespace InitiativeHub.Domain.Directives;

/// <summary>What an issuer writes into a directive (công văn): number, subject, the period reported on, the due date, legal basis and the requested content.</summary>
public sealed record DirectiveDraft(
    string Code,
    string Title,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateTimeOffset ReportDueAt,
    IReadOnlyList<string>? LegalBasis,
    string? RequestedContent);
