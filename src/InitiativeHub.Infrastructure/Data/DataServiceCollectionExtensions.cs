using InitiativeHub.Application.Access;
using InitiativeHub.Application.Awards;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Common.Background;
using InitiativeHub.Application.Directives;
using InitiativeHub.Application.Entries;
using InitiativeHub.Application.Exports;
using InitiativeHub.Application.Judging;
using InitiativeHub.Application.Notifications;
using InitiativeHub.Application.Organizations;
using InitiativeHub.Application.Users;
using InitiativeHub.Infrastructure.Audit;
using InitiativeHub.Infrastructure.Awards;
using InitiativeHub.Infrastructure.Campaigns;
using InitiativeHub.Infrastructure.Directives;
using InitiativeHub.Infrastructure.Entries;
using InitiativeHub.Infrastructure.Exports;
using InitiativeHub.Infrastructure.Hosting;
using InitiativeHub.Infrastructure.Judging;
using InitiativeHub.Infrastructure.Notifications;
using InitiativeHub.Infrastructure.Configuration;
using InitiativeHub.Infrastructure.Organizations;
using InitiativeHub.Infrastructure.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InitiativeHub.Infrastructure.Data;

/// <summary>The provider switch in one place: SQLite under the data folder by default, PostgreSQL by configuration.</summary>
public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "InitiativeHub";
    public const string SqliteMigrationsAssembly = "InitiativeHub.Infrastructure.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "InitiativeHub.Infrastructure.Migrations.Postgres";

    public static IServiceCollection AddInitiativeHubData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(InitiativeHubOptions.SectionName).Get<InitiativeHubOptions>() ?? new InitiativeHubOptions();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        services.AddDbContextFactory<AppDbContext>(builder => Configure(builder, options, connectionString));
        services.AddSingleton<TimeProvider>(StorageClock.Default);
        services.AddSingleton<IOrganizationReader, OrganizationReader>();
        services.AddSingleton<IOrganizationRepository, OrganizationRepository>();
        services.AddSingleton<IRoleGrantReader, RoleGrantReader>();
        services.AddSingleton<IRoleGrantRepository, RoleGrantRepository>();
        services.AddSingleton<IUserReader, UserReader>();
        services.AddSingleton<ICampaignReader, CampaignReader>();
        services.AddSingleton<ICampaignRepository, CampaignRepository>();
        services.AddSingleton<IEntryReader, EntryReader>();
        services.AddSingleton<IEntryRepository, EntryRepository>();
        services.AddSingleton<IAttachmentUploadRepository, AttachmentUploadRepository>();
        services.AddSingleton<IPanelReader, PanelReader>();
        services.AddSingleton<IPanelRepository, PanelRepository>();
        services.AddSingleton<IAssignmentReader, AssignmentReader>();
        services.AddSingleton<IAssignmentRepository, AssignmentRepository>();
        services.AddSingleton<ScoreSheetRepository>();
        services.AddSingleton<IScoreSheetRepository>(sp => sp.GetRequiredService<ScoreSheetRepository>());
        services.AddSingleton<IScoreSheetReader>(sp => sp.GetRequiredService<ScoreSheetRepository>());
        services.AddSingleton<IResultReader, ResultReader>();
        services.AddSingleton<IPanelVoteRepository, PanelVoteRepository>();
        services.AddSingleton<IAwardRepository, AwardRepository>();
        services.AddSingleton<INoticeStore, NoticeStore>();
        services.AddSingleton<IDirectiveRepository, DirectiveRepository>();
        services.AddSingleton<IDirectiveReader, DirectiveReader>();
        services.AddSingleton<IPlanRepository, PlanRepository>();
        services.AddSingleton<IReportFigureReader, ReportFigureReader>();
        services.AddSingleton<IExportJobRepository, ExportJobRepository>();
        services.AddSingleton<IExportDataReader, ExportDataReader>();
        services.AddSingleton<ICommendationExportReader, CommendationExportReader>();
        services.AddSingleton<IResultsReportReader, ResultsReportReader>();
        services.AddSingleton<IExportRunner, ExportRunner>();
        services.AddSingleton<AuditChainVerifier>();
        services.TryAddSingleton<StartupTimeline>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseMigrator>());
        // Recurring work runs once per cluster, driven by a grain on one of the hosts (IRecurringWorkGrain).
        services.AddSingleton<IRecurringWork, NotificationDispatcher>();
        services.AddSingleton<IRecurringWork, AbandonedUploadSweeper>();
        services.AddSingleton<IRecurringWork>(provider => new DirectiveReminderDispatcher(
            provider.GetRequiredService<IDbContextFactory<AppDbContext>>(),
            provider.GetRequiredService<IDirectiveRepository>(),
            provider.GetRequiredService<TimeProvider>(),
            options.Directives.ReminderInterval));
        return services;
    }

    /// <summary>Configures the context for the chosen provider; also used by the design-time migration scaffolder.</summary>
    public static void Configure(DbContextOptionsBuilder builder, InitiativeHubOptions options, string? connectionString)
    {
        switch (options.Database.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(
                    connectionString ?? DefaultSqliteConnectionString(options),
                    sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(
                    connectionString ?? throw new InvalidOperationException(
                        $"The PostgreSQL provider needs the connection string ConnectionStrings:{ConnectionStringName} (environment variable ConnectionStrings__{ConnectionStringName})."),
                    npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{options.Database.Provider}'.");
        }
    }

    /// <summary>The SQLite file under the data folder; a busy writer is waited for rather than failed at once.</summary>
    public static string DefaultSqliteConnectionString(InitiativeHubOptions options) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.FullDataPath, "initiativehub.db"),
            Cache = SqliteCacheMode.Private,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
}
