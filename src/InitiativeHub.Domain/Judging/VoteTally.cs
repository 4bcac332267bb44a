namespace InitiativeHub.Domain.Judging;

/// <summary>The counts of a vote, as the minutes record them.</summary>
public sealed record VoteTally(int Members, int Present, int Yes, int No, int Abstain, int NotVoted, int RequiredYes, bool Passed);
