using GraphQL.Types;
using InitiativeHub.Domain.Directives;

namespace InitiativeHub.GraphQL.Directives;

/// <summary>An activity a unit reports: BANNERS, ARTICLES, BROADCASTS, EVENTS, PARTICIPANTS or OTHER (with a note).</summary>
public sealed class ActivityCountGraphType : ObjectGraphType<ActivityCount>
{
    public ActivityCountGraphType()
    {
        Name = "ActivityCount";
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
        Field<StringGraphType>("note").Resolve(c => c.Source.Note);
    }
}
