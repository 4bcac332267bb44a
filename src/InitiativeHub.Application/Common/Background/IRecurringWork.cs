namespace InitiativeHub.Application.Common.Background;

/// <summary>
/// Work repeated at a fixed interval for the whole deployment (the notification outbox, sweepers, reminders): run by
/// one <see cref="IRecurringWorkGrain"/> per <see cref="Name"/>, so once per cluster however many hosts there are.
/// </summary>
public interface IRecurringWork
{
    /// <summary>Unique and stable: the key of the grain that runs it.</summary>
    string Name { get; }

    /// <summary>The pause between the end of one round and the start of the next.</summary>
    TimeSpan Interval { get; }

    /// <summary>One round. A failure is reported and the next round runs anyway.</summary>
    Task RunOnceAsync(CancellationToken cancellationToken);
}
