using GraphQL.Types;
using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Judging;
using InitiativeHub.GraphQL.Campaigns;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Judging;

/// <summary>A judging council (Hội đồng) or sub-committee (tiểu ban) of a campaign.</summary>
public sealed class PanelGraphType : ObjectGraphType<Panel>
{
    public const string TypeName = "Panel";

    public PanelGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is Panel;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<CampaignGraphType>>("campaign")
            .Resolve(c => c.Service<RequestLoaders>().VisibleCampaignById(c.GetViewer()).Load(c.Source.CampaignId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryGraphType>>>>("categories")
            .Description("The categories this panel judges; every category of the campaign when it covers all of them.")
            .ResolveAsync(async c =>
            {
                var campaign = await c.Service<RequestLoaders>().VisibleCampaignById(c.GetViewer()).Load(c.Source.CampaignId).GetResultAsync(c.CancellationToken);
                return campaign?.Categories.Where(category => c.Source.Covers(category.Id)).ToList() ?? [];
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PanelMemberGraphType>>>>("members")
            .ResolveAsync(async c => await c.Service<JudgingService>().GetMembersAsync(c.GetViewer(), c.Source, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PanelVoteGraphType>>>>("votes")
            .Description("The council's recorded votes, oldest first (the facts of its minutes).")
            .ResolveAsync(async c => await c.Service<JudgingService>().ListVotesAsync(c.GetViewer(), c.Source, c.CancellationToken));
    }
}
