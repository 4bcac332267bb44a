using InitiativeHub.Application.Users;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>A panel member with the account's profile, as shown to those who may see the panel.</summary>
public sealed record PanelMemberProfile(UserProfile User, PanelRole Role);
