using GraphQL.Types;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class ChangeCampaignPhaseInputGraphType : InputObjectGraphType<ChangeCampaignPhaseInput>
{
    public ChangeCampaignPhaseInputGraphType()
    {
        Name = "ChangeCampaignPhaseInput";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<NonNullGraphType<CampaignPhaseGraphType>>("phase");
    }
}
