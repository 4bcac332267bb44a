using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Domain.Awards;

/// <summary>Why a ranked entry was left out of the proposal although its score would have earned a tier.</summary>
public enum ProposalSkipReason
{
    AlreadyAwarded,
    AwardeeOnHold,
}

/// <summary>An entry the proposal passed over, and why (recorded in the audit log).</summary>
public sealed record ProposalSkip(Guid EntryId, ProposalSkipReason Reason);

/// <summary>The new proposed awards and the entries passed over.</summary>
public sealed record ProposalResult(IReadOnlyList<Award> Awards, IReadOnlyList<ProposalSkip> Skipped);

/// <summary>
/// Turns the ranking into proposed awards: tiers in the campaign's order, each taking up to its quota (less the awards
/// it already holds) of the best-ranked entries that passed the threshold and reach its minimum score. An achievement
/// is never awarded twice (an entry with a proposed or approved award, or one that duplicates an entry holding one)
/// and an awardee on hold is passed over; both are reported, and the next entry in rank takes the place.
/// </summary>
public static class AwardProposal
{
    public static ProposalResult Propose(
        Guid campaignId,
        IReadOnlyList<AwardTier> tiers,
        IReadOnlyList<AwardCandidate> ranking,
        IReadOnlyCollection<Award> existing,
        IReadOnlySet<Guid> holds,
        Func<Guid> newId,
        Guid proposedBy,
        DateTimeOffset now)
    {
        if (tiers.Count == 0)
        {
            throw new DomainException(AwardErrorCodes.NothingToPropose, "Phong trào chưa có hạng giải nên không có gì để đề nghị.", "campaignId");
        }

        var holding = existing.Where(a => a.HoldsAchievement).ToList();
        var awardedEntries = holding.Select(a => a.EntryId).ToHashSet();
        var ranked = ranking
            .Where(c => c.Rank is not null && c.RawScore is not null && c.Passed)
            .OrderBy(c => c.Rank)
            .ThenBy(c => c.EntryId)
            .ToList();
        var awards = new List<Award>();
        var skipped = new Dictionary<Guid, ProposalSkipReason>();
        foreach (var tier in tiers)
        {
            var remaining = (tier.Quota ?? int.MaxValue) - holding.Count(a => a.TierId == tier.Id);
            foreach (var candidate in ranked)
            {
                if (remaining <= 0)
                {
                    break;
                }

                if (tier.MinimumScore is { } minimum && candidate.RawScore < minimum)
                {
                    continue;
                }

                if (awardedEntries.Contains(candidate.EntryId) || skipped.ContainsKey(candidate.EntryId))
                {
                    continue;
                }

                if (candidate.DuplicateOfEntryId is { } original && awardedEntries.Contains(original))
                {
                    skipped[candidate.EntryId] = ProposalSkipReason.AlreadyAwarded;
                    continue;
                }

                if (candidate.AwardeeKeys.Any(holds.Contains))
                {
                    skipped[candidate.EntryId] = ProposalSkipReason.AwardeeOnHold;
                    continue;
                }

                awards.Add(Award.Propose(newId(), campaignId, candidate, tier.Id, proposedBy, now));
                awardedEntries.Add(candidate.EntryId);
                remaining--;
            }
        }

        if (awards.Count == 0)
        {
            throw new DomainException(
                AwardErrorCodes.NothingToPropose,
                "Không còn hồ sơ nào đạt điều kiện đề nghị khen thưởng (ngưỡng đạt, điểm tối thiểu, số lượng giải).",
                "campaignId");
        }

        return new ProposalResult(awards, skipped.Select(s => new ProposalSkip(s.Key, s.Value)).ToList());
    }

    /// <summary>The entries that get an outcome at publication: accepted ones still in the contest (not returned, rejected or withdrawn).</summary>
    public static IReadOnlyList<EntryStatus> DecidedAtPublication { get; } = [EntryStatus.Accepted, EntryStatus.UnderReview, EntryStatus.Scored];

    /// <summary>
    /// Whether an entry ends AWARDED when the campaign is published: it holds an approved award. Publication is refused
    /// while any award still waits for a decision.
    /// </summary>
    public static IReadOnlySet<Guid> AwardedEntries(IReadOnlyCollection<Award> awards)
    {
        if (awards.Any(a => a.Status == AwardStatus.Proposed))
        {
            throw new DomainException(AwardErrorCodes.AwardsPending, "Còn khen thưởng đang chờ lãnh đạo quyết định nên chưa công bố được.", "phase");
        }

        return awards.Where(a => a.Status == AwardStatus.Approved).Select(a => a.EntryId).ToHashSet();
    }
}
