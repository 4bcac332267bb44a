using GraphQL;
using InitiativeHub.GraphQL.Conventions;
using InitiativeHub.GraphQL.Scalars;
using Microsoft.Extensions.DependencyInjection;

namespace InitiativeHub.GraphQL.Schema;

/// <summary>The public InitiativeHub schema (a singleton; request services come through the context).</summary>
public sealed class InitiativeHubSchema : global::GraphQL.Types.Schema
{
    public InitiativeHubSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<QueryGraphType>();
        Mutation = services.GetRequiredService<MutationGraphType>();
        Subscription = services.GetRequiredService<SubscriptionGraphType>();
        this.RegisterTypeMapping<DateTimeOffset, VietnamDateTimeGraphType>();
        this.RegisterTypeMapping<DateOnly, CalendarDateGraphType>();
        // Concrete error types are reached only through the Error interface, so they are registered explicitly.
        this.RegisterType<UserErrorGraphType>();
        this.RegisterType<VietnamDateTimeGraphType>();
        this.RegisterType<CalendarDateGraphType>();
    }
}
