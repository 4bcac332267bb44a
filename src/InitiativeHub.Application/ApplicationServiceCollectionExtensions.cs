using InitiativeHub.Application.Access;
using InitiativeHub.Application.Awards;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Directives;
using InitiativeHub.Application.Entries;
using InitiativeHub.Application.Exports;
using InitiativeHub.Application.Judging;
using InitiativeHub.Application.Notifications;
using InitiativeHub.Application.Organizations;
using InitiativeHub.Application.Users;
using Microsoft.Extensions.DependencyInjection;

namespace InitiativeHub.Application;

/// <summary>Registers the use cases and the authorization service (scoped: one per request or circuit).</summary>
public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddInitiativeHubApplication(this IServiceCollection services)
    {
        services.AddScoped<IAccessControl, AccessControl>();
        services.AddScoped<OrganizationService>();
        services.AddScoped<UserService>();
        services.AddScoped<CampaignService>();
        services.AddScoped<EntryService>();
        services.AddScoped<JudgingService>();
        services.AddScoped<RankingService>();
        services.AddScoped<IJudgeEntryAccess, JudgeEntryAccess>();
        services.AddScoped<AttachmentService>();
        services.AddScoped<NoticeService>();
        services.AddSingleton<DirectiveAggregator>();
        services.AddScoped<DirectiveService>();
        services.AddScoped<PlanService>();
        services.AddScoped<ExportService>();
        services.AddScoped<AwardService>();
        return services;
    }
}
