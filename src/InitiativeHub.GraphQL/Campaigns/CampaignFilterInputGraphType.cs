using GraphQL.Types;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class CampaignFilterInputGraphType : InputObjectGraphType<CampaignFilterInput>
{
    public CampaignFilterInputGraphType()
    {
        Name = "CampaignFilterInput";
        Field<ListGraphType<NonNullGraphType<CampaignPhaseGraphType>>>("phase");
        Field<IdGraphType>("organizerId");
        Field<StringGraphType>("search").Description("Words of the title, code or themes; diacritics and order ignored.");
    }
}
