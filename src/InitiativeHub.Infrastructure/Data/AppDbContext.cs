using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Awards;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Exports;
using InitiativeHub.Domain.Judging;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Infrastructure.Audit;
using InitiativeHub.Infrastructure.Directives;
using InitiativeHub.Infrastructure.Entries;
using InitiativeHub.Infrastructure.Identity;
using InitiativeHub.Infrastructure.Notifications;
using InitiativeHub.Infrastructure.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Data;

/// <summary>
/// Identity and domain tables in one context. Used through <see cref="IDbContextFactory{TContext}"/> so grains
/// and batch loaders each get their own short-lived instance.
/// </summary>
/// <remarks>New migrations: <c>dotnet run --project src/InitiativeHub.Migrations.Designer -- add &lt;Name&gt;</c>.</remarks>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<RoleGrantRecord> RoleGrants => Set<RoleGrantRecord>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<Entry> Entries => Set<Entry>();

    public DbSet<EntryVersionEntity> EntryVersions => Set<EntryVersionEntity>();

    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();

    public DbSet<AttachmentUpload> AttachmentUploads => Set<AttachmentUpload>();

    public DbSet<Panel> Panels => Set<Panel>();

    public DbSet<AssignmentRecord> Assignments => Set<AssignmentRecord>();

    public DbSet<ScoreSheet> ScoreSheets => Set<ScoreSheet>();

    public DbSet<Directive> Directives => Set<Directive>();

    public DbSet<UnitReport> UnitReports => Set<UnitReport>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();

    public DbSet<DirectiveReminderRecord> DirectiveReminders => Set<DirectiveReminderRecord>();

    public DbSet<EntryResultRecord> EntryResults => Set<EntryResultRecord>();

    public DbSet<PanelVoteRecord> PanelVotes => Set<PanelVoteRecord>();

    public DbSet<ExportJob> ExportJobs => Set<ExportJob>();

    public DbSet<Award> Awards => Set<Award>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            // Keyset sort keys (every *SortKey column) must order bytewise, as SQLite's BINARY does: a linguistic
            // collation would ignore their \u0001 separator and could disagree with the cursor comparison.
            foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                .Where(p => p.ClrType == typeof(string) && p.Name.EndsWith("SortKey", StringComparison.Ordinal)))
            {
                property.SetCollation("C");
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database stays readable.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);

        // SQLite cannot order or compare DateTimeOffset text; store instants as UTC ticks there (binary form keeps
        // order because every instant is written in UTC). PostgreSQL keeps native timestamptz.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetToTicksConverter>();
        }
        else if (Database.IsNpgsql())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }
}
