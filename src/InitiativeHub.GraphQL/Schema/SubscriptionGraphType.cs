using GraphQL.Types;
using InitiativeHub.GraphQL.Judging;

namespace InitiativeHub.GraphQL.Schema;

/// <summary>The root subscription, served over graphql-transport-ws; each feature adds its own.</summary>
public sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType()
    {
        Name = "Subscription";
        JudgingFields.AddSubscriptions(this);
    }
}
