namespace InitiativeHub.Domain.Judging;

/// <summary>An audited reopening of a submitted sheet: who (the chair), why, when, and the total it had.</summary>
public sealed record SheetReopening(Guid ByUserId, string Reason, DateTimeOffset At, decimal? PreviousTotal);
