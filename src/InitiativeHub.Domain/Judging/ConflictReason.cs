namespace InitiativeHub.Domain.Judging;

/// <summary>Why a judge may not see or score an entry.</summary>
public enum ConflictReason
{
    /// <summary>The judge submitted the entry.</summary>
    Submitter,

    /// <summary>The judge is an author or co-author.</summary>
    Author,

    /// <summary>The judge took part in the first or trial application.</summary>
    TrialParticipant,

    /// <summary>The judge belongs to the entry's organization and the campaign counts that as a conflict.</summary>
    SameOrganization,

    /// <summary>The judge declared a conflict, with a reason.</summary>
    Declared,
}
