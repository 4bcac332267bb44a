using GraphQL.Types;

namespace InitiativeHub.GraphQL.Awards;

public sealed class ProposeAwardsInputGraphType : InputObjectGraphType<ProposeAwardsInput>
{
    public ProposeAwardsInputGraphType()
    {
        Name = "ProposeAwardsInput";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
    }
}
