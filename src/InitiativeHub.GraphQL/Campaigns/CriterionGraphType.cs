using GraphQL.Types;
using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class CriterionGraphType : ObjectGraphType<Criterion>
{
    public CriterionGraphType()
    {
        Name = "Criterion";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<DecimalGraphType>>("maxPoints").Resolve(c => c.Source.MaxPoints);
        Field<NonNullGraphType<DecimalGraphType>>("weight").Resolve(c => c.Source.Weight);
    }
}
