using GraphQL.Types;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class CriterionInputGraphType : InputObjectGraphType<CriterionInput>
{
    public CriterionInputGraphType()
    {
        Name = "CriterionInput";
        Field<NonNullGraphType<StringGraphType>>("code");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("description");
        Field<NonNullGraphType<DecimalGraphType>>("maxPoints");
        Field<DecimalGraphType>("weight").Description("Defaults to 1.");
    }
}
