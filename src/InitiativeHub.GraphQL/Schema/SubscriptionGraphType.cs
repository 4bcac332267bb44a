using GraphQL.Types;
using InitiativeHub.GraphQL.Exports;
using InitiativeHub.GraphQL.Judging;

namespace InitiativeHub.GraphQL.Schema;

/// <summary>The root subscription (graphql-transport-ws only): each feature adds its own event streams.</summary>
public sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType()
    {
        Name = "Subscription";
        JudgingFields.AddSubscriptions(this);
        ExportFields.AddSubscriptions(this);
    }
}
