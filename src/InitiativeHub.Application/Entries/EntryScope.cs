namespace InitiativeHub.Application.Entries;

/// <summary>
/// Which entries of a campaign a list may show: all submitted ones (organizers), or only one submitter's own
/// (drafts included), or an explicit set (a judge's assignments).
/// </summary>
public sealed record EntryScope(bool AllSubmitted, Guid? SubmitterId, IReadOnlyCollection<Guid>? EntryIds)
{
    public static EntryScope Organizer { get; } = new(true, null, null);

    public static EntryScope OwnedBy(Guid userId) => new(false, userId, null);
}
