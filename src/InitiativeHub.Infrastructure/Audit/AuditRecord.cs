namespace InitiativeHub.Infrastructure.Audit;

/// <summary>
/// One append-only audit entry. <see cref="Hash"/> covers this record's content and the previous record's hash,
/// so changing or removing any record breaks the chain from there on.
/// </summary>
public sealed class AuditRecord
{
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? ActorId { get; set; }

    public string EntityType { get; set; } = string.Empty;

    public Guid EntityId { get; set; }

    public string Action { get; set; } = string.Empty;

    /// <summary>A JSON summary of what changed (before/after of the fields that matter).</summary>
    public string Summary { get; set; } = "{}";

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;
}
