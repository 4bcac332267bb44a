namespace InitiativeHub.Domain.Awards;

/// <summary>Stable error codes of commendation. Never rename one; add new ones.</summary>
public static class AwardErrorCodes
{
    /// <summary>The achievement (entry, or the entry it duplicates) already holds an award.</summary>
    public const string AlreadyAwarded = "ALREADY_AWARDED";

    /// <summary>The awardee is on hold (discipline, investigation, complaint) and may not be proposed.</summary>
    public const string AwardeeOnHold = "AWARDEE_ON_HOLD";

    /// <summary>The award is not in the state the action needs (decide a proposed one, revoke an approved one).</summary>
    public const string AwardNotDecidable = "AWARD_NOT_DECIDABLE";

    /// <summary>Nothing in the ranking qualifies for a tier (no passing entry, quotas taken, minimums not reached).</summary>
    public const string NothingToPropose = "NOTHING_TO_PROPOSE";

    /// <summary>Awards are still waiting for the leader's decision.</summary>
    public const string AwardsPending = "AWARDS_PENDING";
}
