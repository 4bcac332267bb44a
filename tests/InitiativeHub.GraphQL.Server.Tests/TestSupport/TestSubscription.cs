using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace InitiativeHub.GraphQL.Server.Tests.TestSupport;

public sealed class TestSubscription : ObjectGraphType
{
    public TestSubscription()
    {
        Name = "Subscription";
        Field<StringGraphType, string>("messageAdded")
            .ResolveStream(ctx => ctx.RequestServices!.GetRequiredService<TestSubject<string>>());
    }
}
