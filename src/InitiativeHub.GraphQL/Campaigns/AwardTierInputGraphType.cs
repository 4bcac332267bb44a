using GraphQL.Types;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class AwardTierInputGraphType : InputObjectGraphType<AwardTierInput>
{
    public AwardTierInputGraphType()
    {
        Name = "AwardTierInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<AwardFormGraphType>>("form");
        Field<IntGraphType>("quota");
        Field<DecimalGraphType>("minimumScore");
    }
}
