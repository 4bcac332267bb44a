using GraphQL.Types;
using InitiativeHub.Application.Judging;
using InitiativeHub.GraphQL.Campaigns;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Judging;

/// <summary>The ranked rows that changed with one submitted or reopened sheet (only those the subscriber may see).</summary>
public sealed class RankingChangeGraphType : ObjectGraphType<RankingChange>
{
    public RankingChangeGraphType()
    {
        Name = "RankingChange";
        Field<NonNullGraphType<IdGraphType>>("campaignId").Resolve(c => GlobalId.Encode(CampaignGraphType.TypeName, c.Source.CampaignId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankingRowGraphType>>>>("rows").Resolve(c => c.Source.Rows);
    }
}
