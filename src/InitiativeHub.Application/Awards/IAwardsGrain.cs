using InitiativeHub.Application.Common.Results;
using InitiativeHub.Domain.Awards;

namespace InitiativeHub.Application.Awards;

/// <summary>One leader's decision on one award.</summary>
[GenerateSerializer, Immutable, Alias("ih.award-decision")]
public sealed record AwardDecisionCommand([property: Id(0)] Guid AwardId, [property: Id(1)] AwardDecisionKind Decision, [property: Id(2)] string? Reason);

/// <summary>
/// The single writer of a campaign's awards (keyed by the campaign id): proposals, decisions and revocations are
/// serialized here so a quota or an achievement is never given twice. Authorization happens before a command reaches it.
/// </summary>
public interface IAwardsGrain : IGrainWithGuidKey
{
    /// <summary>Proposes awards from the stored ranking; returns the new awards' ids.</summary>
    Task<CommandResult<IReadOnlyList<Guid>>> ProposeAsync(Guid actorId);

    /// <summary>
    /// Applies the leader's decisions under one decision number and date (today in Vietnam when null), all or none.
    /// </summary>
    Task<CommandResult<IReadOnlyList<Guid>>> DecideAsync(IReadOnlyList<AwardDecisionCommand> decisions, string decisionNumber, DateOnly? decisionDate, Guid leaderId);

    Task<CommandResult<Guid>> RevokeAsync(Guid awardId, string reason, Guid leaderId);
}
