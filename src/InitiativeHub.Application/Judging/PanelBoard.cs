using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>A panel as its organizers and chair follow it: its campaign, every assignment, and whether the viewer organizes the campaign.</summary>
public sealed record PanelBoard(Panel Panel, Campaign Campaign, IReadOnlyList<AssignmentRecord> Assignments, bool ViewerOrganizes);
