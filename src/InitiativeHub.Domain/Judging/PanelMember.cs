namespace InitiativeHub.Domain.Judging;

/// <summary>
/// A council member. <see cref="Scores"/> is false for a member who sits and votes but does not fill score sheets
/// (e.g. a secretary who only keeps the minutes); only scoring members are assigned entries.
/// </summary>
public sealed record PanelMember(Guid UserId, PanelRole Role, bool Scores = true);
