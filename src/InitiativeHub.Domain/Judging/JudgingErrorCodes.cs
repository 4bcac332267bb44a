namespace InitiativeHub.Domain.Judging;

/// <summary>Stable error codes of judging (panels, assignment, score sheets, votes). Never rename one; add new ones.</summary>
public static class JudgingErrorCodes
{
    /// <summary>A score is below 0 or above its criterion's maximum.</summary>
    public const string ScoreOutOfRange = "SCORE_OUT_OF_RANGE";

    /// <summary>A score has more decimals than the rubric's precision allows.</summary>
    public const string ScoreTooPrecise = "SCORE_TOO_PRECISE";

    /// <summary>A sheet is submitted without a score for every criterion.</summary>
    public const string MissingCriterion = "MISSING_CRITERION";

    /// <summary>A score names a criterion the rubric does not have, or names one twice.</summary>
    public const string UnknownCriterion = "UNKNOWN_CRITERION";

    /// <summary>The sheet is already submitted (locked): a second submit or an edit is refused.</summary>
    public const string SheetAlreadySubmitted = "SHEET_ALREADY_SUBMITTED";

    /// <summary>Only a submitted sheet can be reopened.</summary>
    public const string SheetNotSubmitted = "SHEET_NOT_SUBMITTED";

    /// <summary>The acting judge is not the judge of this assignment or sheet.</summary>
    public const string NotYourAssignment = "NOT_YOUR_ASSIGNMENT";

    /// <summary>The judge has a conflict of interest with the entry.</summary>
    public const string ConflictOfInterest = "CONFLICT_OF_INTEREST";

    /// <summary>The person is not a (scoring) member of the panel.</summary>
    public const string NotPanelMember = "NOT_PANEL_MEMBER";

    /// <summary>The panel does not cover the entry's category.</summary>
    public const string PanelDoesNotCoverCategory = "PANEL_DOES_NOT_COVER_CATEGORY";

    /// <summary>The member has already cast a ballot in this vote.</summary>
    public const string AlreadyVoted = "ALREADY_VOTED";

    /// <summary>The vote is closed.</summary>
    public const string VoteClosed = "VOTE_CLOSED";
}
