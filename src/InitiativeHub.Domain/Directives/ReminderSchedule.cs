namespace InitiativeHub.Domain.Directives;

/// <summary>
/// When recipients who have not submitted are reminded: 7, 3 and 1 day(s) before the due date. Only the latest step
/// reached is ever sent, and each step at most once, so a directive issued 2 days before its due date gets the
/// 3-day reminder, not three at once.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>Days before the due date, earliest first.</summary>
    public static IReadOnlyList<int> StepsInDays { get; } = [7, 3, 1];

    /// <summary>The step (days before due) to send now, or null when none is due or it was already sent.</summary>
    public static int? StepToSend(DateTimeOffset dueAt, DateTimeOffset now, IReadOnlyCollection<int> sentSteps)
    {
        if (now >= dueAt)
        {
            return null;
        }

        var reached = StepsInDays.Where(days => now >= dueAt.AddDays(-days)).ToList();
        if (reached.Count == 0)
        {
            return null;
        }

        var latest = reached.Min();
        return sentSteps.Any(sent => sent <= latest) ? null : latest;
    }
}
