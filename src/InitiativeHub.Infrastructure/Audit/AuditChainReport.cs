namespace InitiativeHub.Infrastructure.Audit;

/// <summary>The outcome of an audit-chain check: valid, or the first broken record and why.</summary>
public sealed record AuditChainReport(bool IsValid, long RecordsChecked, long? BrokenAt, string? Problem);
