using GraphQL.Types;
using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class OccasionGraphType : EnumerationGraphType<Occasion>
{
    public OccasionGraphType() => Name = "Occasion";
}
