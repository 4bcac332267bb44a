using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>
/// A closed council vote as recorded for the minutes (Biên bản họp Hội đồng): what was put to the vote, who sat and was
/// present, the counts against the threshold of ALL members, and each member's choice only for an open ballot.
/// </summary>
public sealed class PanelVoteRecord
{
    public Guid Id { get; set; }

    public Guid CampaignId { get; set; }

    public Guid PanelId { get; set; }

    public string Subject { get; set; } = string.Empty;

    public BallotKind Kind { get; set; }

    /// <summary>The proposed list voted on (entries, in the order proposed); empty when the subject says it all.</summary>
    public IReadOnlyList<Guid> EntryIds { get; set; } = [];

    public int ThresholdNumerator { get; set; }

    public int ThresholdDenominator { get; set; }

    /// <summary>The panel's members when the vote was held: the base of the threshold.</summary>
    public IReadOnlyList<Guid> MemberIds { get; set; } = [];

    public IReadOnlyList<Guid> PresentIds { get; set; } = [];

    public IReadOnlyList<Guid> VotedIds { get; set; } = [];

    /// <summary>Each member's choice in an open vote; null for a secret ballot.</summary>
    public IReadOnlyList<PanelBallot>? Ballots { get; set; }

    public int Yes { get; set; }

    public int No { get; set; }

    public int Abstain { get; set; }

    public int RequiredYes { get; set; }

    public bool Passed { get; set; }

    public DateTimeOffset HeldAt { get; set; }

    public Guid RecordedBy { get; set; }

    public static PanelVoteRecord From(PanelVote vote, Guid campaignId, IReadOnlyList<Guid> entryIds, Guid recordedBy)
    {
        var tally = vote.Tally;
        return new PanelVoteRecord
        {
            Id = vote.Id,
            CampaignId = campaignId,
            PanelId = vote.PanelId,
            Subject = vote.Subject,
            Kind = vote.Kind,
            EntryIds = entryIds,
            ThresholdNumerator = vote.Threshold.Numerator,
            ThresholdDenominator = vote.Threshold.Denominator,
            MemberIds = vote.MemberIds,
            PresentIds = vote.Present.ToList(),
            VotedIds = vote.Voted.ToList(),
            Ballots = vote.Ballots?.OrderBy(b => b.Key).Select(b => new PanelBallot(b.Key, b.Value)).ToList(),
            Yes = tally.Yes,
            No = tally.No,
            Abstain = tally.Abstain,
            RequiredYes = tally.RequiredYes,
            Passed = tally.Passed,
            HeldAt = vote.ClosedAt ?? vote.OpenedAt,
            RecordedBy = recordedBy,
        };
    }
}
