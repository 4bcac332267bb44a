using GraphQL.Types;
using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class AggregationGraphType : EnumerationGraphType<Aggregation>
{
    public AggregationGraphType() => Name = "Aggregation";
}
