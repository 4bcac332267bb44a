namespace InitiativeHub.Application.Entries;

/// <summary>
/// The port through which judging widens who may see an entry: a judge sees the entries assigned to them that they
/// are not conflicted with. Implemented by the judging side; <see cref="EntryService"/> stays the one visibility path.
/// </summary>
public interface IJudgeEntryAccess
{
    Task<bool> IsAssignedAsync(Guid judgeId, Guid entryId, CancellationToken cancellationToken);
}
