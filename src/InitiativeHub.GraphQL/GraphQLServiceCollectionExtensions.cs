using GraphQL;
using InitiativeHub.Domain.Common;
using InitiativeHub.GraphQL.Awards;
using InitiativeHub.GraphQL.Campaigns;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Directives;
using InitiativeHub.GraphQL.Entries;
using InitiativeHub.GraphQL.Exports;
using InitiativeHub.GraphQL.Judging;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Relay;
using InitiativeHub.GraphQL.Schema;
using InitiativeHub.GraphQL.Users;
using Microsoft.Extensions.DependencyInjection;

namespace InitiativeHub.GraphQL;

/// <summary>Registers the schema (singleton), its graph types, node resolvers and the request-scoped loaders.</summary>
public static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddInitiativeHubSchema(this IServiceCollection services)
    {
        services.AddScoped<RequestLoaders>();
        services.AddSingleton<INodeResolver, OrganizationNodeResolver>();
        services.AddSingleton<INodeResolver, UserNodeResolver>();
        services.AddSingleton<INodeResolver, CampaignNodeResolver>();
        services.AddSingleton<INodeResolver, CategoryNodeResolver>();
        services.AddSingleton<INodeResolver, AwardTierNodeResolver>();
        services.AddSingleton<INodeResolver, EntryNodeResolver>();
        services.AddSingleton<INodeResolver, PanelNodeResolver>();
        services.AddSingleton<INodeResolver, AssignmentNodeResolver>();
        services.AddSingleton<INodeResolver, DirectiveNodeResolver>();
        services.AddSingleton<INodeResolver, UnitReportNodeResolver>();
        services.AddSingleton<INodeResolver, PanelVoteNodeResolver>();
        services.AddSingleton<INodeResolver, ExportJobNodeResolver>();
        services.AddSingleton<INodeResolver, AwardNodeResolver>();
        services.AddSingleton<INodeResolver, PlanNodeResolver>();
        services.AddSingleton<INodeResolver, PlanTaskNodeResolver>();
        services.AddGraphQL(builder => builder
            .AddSchema<InitiativeHubSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(InitiativeHubSchema).Assembly)
            .AddGraphTypes(typeof(Server.Multipart.UploadGraphType).Assembly)
            .AddUnhandledExceptionHandler(context =>
            {
                // A broken rule met in a query (bad id, bad cursor, page too large) is the client's error: say so with
                // its code. Anything else stays masked.
                if (context.OriginalException is DomainException rule)
                {
                    context.Exception = new ExecutionError(rule.Message) { Code = rule.Code };
                }
            }));
        return services;
    }
}
