using GraphQL.Types;

namespace InitiativeHub.GraphQL.Directives;

public sealed class ActivityCountInputGraphType : InputObjectGraphType<ActivityCountInput>
{
    public ActivityCountInputGraphType()
    {
        Name = "ActivityCountInput";
        Field<NonNullGraphType<StringGraphType>>("kind").Description("BANNERS, ARTICLES, BROADCASTS, EVENTS, PARTICIPANTS or OTHER (OTHER needs a note).");
        Field<NonNullGraphType<IntGraphType>>("count");
        Field<StringGraphType>("note");
    }
}
