using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Domain.Judging;

/// <summary>The people and organization behind an entry, against whom judges are checked for conflicts.</summary>
public sealed record EntryParties(
    Guid EntryId,
    Guid SubmitterId,
    Guid? OrganizationId,
    IReadOnlyList<EntryPerson> Authors,
    IReadOnlyList<EntryPerson> TrialParticipants)
{
    public static EntryParties From(Entry entry) => new(
        entry.Id,
        entry.SubmitterId,
        entry.OrganizationId,
        entry.Content.Authors.Select(a => new EntryPerson(a.FullName, a.Email)).ToList(),
        entry.Content.TrialParticipants.Select(p => new EntryPerson(p.FullName, p.Email)).ToList());
}
