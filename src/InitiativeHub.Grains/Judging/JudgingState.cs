using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Grains.Judging;

/// <summary>What one judging command of a panel works on: the campaign, the panel, its entries, live assignments and conflicts.</summary>
internal sealed record JudgingState(
    Campaign Campaign, Panel Panel, IReadOnlyList<AssignableEntry> Entries, IReadOnlyList<AssignmentRecord> Active, IReadOnlyList<ConflictOfInterest> Conflicts)
{
    public AssignmentPlan Plan(int judgesPerEntry, IReadOnlyList<ConflictOfInterest> extra) =>
        BalancedAssignment.Assign(Entries, [Panel], judgesPerEntry, Active.Select(r => r.ToDomain()).ToList(), Conflicts.Concat(extra));
}
