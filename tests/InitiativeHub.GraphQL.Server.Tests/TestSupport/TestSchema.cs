using GraphQL.Types;

namespace InitiativeHub.GraphQL.Server.Tests.TestSupport;

/// <summary>Test-only schema covering every transport path.</summary>
public sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services, TestQuery query, TestMutation mutation, TestSubscription subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
    }
}
