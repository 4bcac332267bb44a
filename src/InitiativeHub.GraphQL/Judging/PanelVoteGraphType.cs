using GraphQL.Types;
using InitiativeHub.Application.Entries;
using InitiativeHub.Application.Judging;
using InitiativeHub.Application.Users;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Entries;
using InitiativeHub.GraphQL.Relay;
using InitiativeHub.GraphQL.Scalars;
using InitiativeHub.GraphQL.Users;

namespace InitiativeHub.GraphQL.Judging;

/// <summary>A council vote as the minutes record it (Biên bản họp Hội đồng): the threshold counts ALL members.</summary>
public sealed class PanelVoteGraphType : ObjectGraphType<PanelVoteRecord>
{
    public const string TypeName = "PanelVote";

    public PanelVoteGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is PanelVoteRecord;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<PanelGraphType>>("panel").Resolve(c => c.Service<RequestLoaders>().VisiblePanelById(c.GetViewer()).Load(c.Source.PanelId));
        Field<NonNullGraphType<StringGraphType>>("subject").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<BallotKindGraphType>>("ballot").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntryGraphType>>>>("proposedEntries")
            .Description("The proposed list voted on, in its order (entries the viewer may see).")
            .ResolveAsync(async c =>
            {
                var visible = await c.Service<EntryService>().GetVisibleAsync(c.GetViewer(), c.Source.EntryIds.ToList(), c.CancellationToken);
                return c.Source.EntryIds.Where(visible.ContainsKey).Select(id => visible[id]).ToList();
            });
        Field<NonNullGraphType<StringGraphType>>("threshold")
            .Description("The share of all members whose yes carries the decision, as a fraction (2/3 by default).")
            .Resolve(c => $"{c.Source.ThresholdNumerator}/{c.Source.ThresholdDenominator}");
        Field<NonNullGraphType<IntGraphType>>("memberCount").Resolve(c => c.Source.MemberIds.Count);
        Field<NonNullGraphType<IntGraphType>>("presentCount").Resolve(c => c.Source.PresentIds.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserGraphType>>>>("present").ResolveAsync(async c =>
        {
            var profiles = await c.Service<IUserReader>().GetByIdsAsync(c.Source.PresentIds.ToList(), c.CancellationToken);
            return c.Source.PresentIds.Where(profiles.ContainsKey).Select(id => profiles[id]).ToList();
        });
        Field<NonNullGraphType<IntGraphType>>("yes").Resolve(c => c.Source.Yes);
        Field<NonNullGraphType<IntGraphType>>("no").Resolve(c => c.Source.No);
        Field<NonNullGraphType<IntGraphType>>("abstain").Resolve(c => c.Source.Abstain);
        Field<NonNullGraphType<IntGraphType>>("notVoted").Description("Members who cast no ballot (absent ones included).").Resolve(c => c.Source.MemberIds.Count - c.Source.VotedIds.Count);
        Field<NonNullGraphType<IntGraphType>>("requiredYes").Resolve(c => c.Source.RequiredYes);
        Field<NonNullGraphType<BooleanGraphType>>("passed").Resolve(c => c.Source.Passed);
        Field<ListGraphType<NonNullGraphType<PanelBallotGraphType>>>("ballots").Description("Each member's choice; null for a secret ballot.").Resolve(c => c.Source.Ballots);
        Field<NonNullGraphType<VietnamDateTimeGraphType>>("heldAt").Resolve(c => c.Source.HeldAt);
    }
}
