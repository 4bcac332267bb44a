using GraphQL.Types;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Campaigns;

/// <summary>An award tier with its quota and minimum score.</summary>
public sealed class AwardTierGraphType : ObjectGraphType<AwardTier>
{
    public const string TypeName = "AwardTier";

    public AwardTierGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is AwardTier;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<AwardFormGraphType>>("form").Resolve(c => c.Source.Form);
        Field<IntGraphType>("quota").Resolve(c => c.Source.Quota);
        Field<DecimalGraphType>("minimumScore").Resolve(c => c.Source.MinimumScore);
    }
}
