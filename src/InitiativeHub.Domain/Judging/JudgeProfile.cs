namespace InitiativeHub.Domain.Judging;

/// <summary>What conflict rules know of a judge: the account, its e-mail and name, and the organizations it belongs to.</summary>
public sealed record JudgeProfile(Guid UserId, string? Email, string? FullName, IReadOnlyCollection<Guid> OrganizationIds);
