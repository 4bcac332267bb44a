namespace InitiativeHub.Domain.Directives;

/// <summary>What a plan (Kế hoạch) states: its number, title, themes, slogans, period and the campaigns it runs.</summary>
public sealed record PlanDraft(
    string Number,
    string Title,
    IReadOnlyList<string>? Themes,
    IReadOnlyList<string>? Slogans,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyList<Guid>? CampaignIds);
