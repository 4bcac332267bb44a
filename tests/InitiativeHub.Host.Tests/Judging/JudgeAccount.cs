using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Judging;

/// <summary>A signed-in account and its global user id.</summary>
public sealed record JudgeAccount(ApiClient Client, string UserId);
