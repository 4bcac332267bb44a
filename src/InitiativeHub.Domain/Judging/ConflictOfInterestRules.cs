using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Judging;

/// <summary>
/// Automatic conflicts of interest: the judge submitted the entry, is one of its authors or trial participants, or
/// (when the campaign says so) belongs to its organization. Declared conflicts come from
/// <see cref="ConflictOfInterest.Declare"/>; both kinds feed assignment and visibility alike.
/// </summary>
public static class ConflictOfInterestRules
{
    /// <summary>Every reason <paramref name="judge"/> is conflicted with the entry; empty when there is none.</summary>
    public static IReadOnlyList<ConflictOfInterest> Detect(EntryParties entry, JudgeProfile judge, bool conflictIfSameOrganization)
    {
        var found = new List<ConflictOfInterest>();
        if (entry.SubmitterId == judge.UserId)
        {
            found.Add(new ConflictOfInterest(judge.UserId, entry.EntryId, ConflictReason.Submitter, "Giám khảo là người nộp hồ sơ."));
        }

        if (entry.Authors.FirstOrDefault(p => IsSamePerson(p, judge)) is { } author)
        {
            found.Add(new ConflictOfInterest(judge.UserId, entry.EntryId, ConflictReason.Author, $"Giám khảo là tác giả/đồng tác giả {author.FullName}."));
        }

        if (entry.TrialParticipants.FirstOrDefault(p => IsSamePerson(p, judge)) is { } participant)
        {
            found.Add(new ConflictOfInterest(
                judge.UserId, entry.EntryId, ConflictReason.TrialParticipant, $"Giám khảo tham gia áp dụng thử: {participant.FullName}."));
        }

        if (conflictIfSameOrganization && entry.OrganizationId is { } organization && judge.OrganizationIds.Contains(organization))
        {
            found.Add(new ConflictOfInterest(judge.UserId, entry.EntryId, ConflictReason.SameOrganization, "Giám khảo thuộc đơn vị của hồ sơ."));
        }

        return found;
    }

    /// <summary>All automatic conflicts between the entries and the judges.</summary>
    public static IReadOnlyList<ConflictOfInterest> DetectAll(IEnumerable<EntryParties> entries, IReadOnlyCollection<JudgeProfile> judges, bool conflictIfSameOrganization) =>
        entries.SelectMany(entry => judges.SelectMany(judge => Detect(entry, judge, conflictIfSameOrganization))).ToList();

    public static bool IsConflicted(Guid judgeId, Guid entryId, IEnumerable<ConflictOfInterest> conflicts) =>
        conflicts.Any(c => c.JudgeId == judgeId && c.EntryId == entryId);

    /// <summary>
    /// The e-mail decides when both sides have one (two people may share a name); otherwise the folded full name
    /// decides (diacritics and case ignored), because a missed conflict is worse than a judge wrongly set aside.
    /// </summary>
    private static bool IsSamePerson(EntryPerson person, JudgeProfile judge)
    {
        var personEmail = person.Email?.Trim();
        var judgeEmail = judge.Email?.Trim();
        if (!string.IsNullOrEmpty(personEmail) && !string.IsNullOrEmpty(judgeEmail))
        {
            return string.Equals(personEmail, judgeEmail, StringComparison.OrdinalIgnoreCase);
        }

        return NamesMatch(person.FullName, judge.FullName);
    }

    private static bool NamesMatch(string? a, string? b)
    {
        var left = VietnameseText.Fold(a);
        return left.Length > 0 && string.Equals(left, VietnameseText.Fold(b), StringComparison.Ordinal);
    }
}
