using GraphQL.Types;

namespace InitiativeHub.GraphQL.Awards;

public sealed class AwardDecisionInputGraphType : InputObjectGraphType<AwardDecisionInput>
{
    public AwardDecisionInputGraphType()
    {
        Name = "AwardDecisionInput";
        Field<NonNullGraphType<IdGraphType>>("awardId");
        Field<NonNullGraphType<AwardDecisionGraphType>>("decision");
        Field<StringGraphType>("reason").Description("Required to RETURN or REJECT.");
    }
}
