namespace InitiativeHub.Infrastructure.Directives;

/// <summary>
/// A reminder step sent for one recipient's report. The unique (report, step) key is what makes a reminder go out
/// once: the notices are written in the same transaction, and a second writer's insert fails and rolls back.
/// </summary>
public sealed class DirectiveReminderRecord
{
    public Guid Id { get; set; }

    public Guid ReportId { get; set; }

    public Guid DirectiveId { get; set; }

    /// <summary>Days before the due date (see <see cref="Domain.Directives.ReminderSchedule"/>).</summary>
    public int Step { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
