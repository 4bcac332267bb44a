using InitiativeHub.Application.Organizations;
using InitiativeHub.Application.Users;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Infrastructure.Hosting;
using InitiativeHub.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InitiativeHub.Host.Identity;

/// <summary>
/// At start-up (after migrations), creates the first administrator from configuration, once: an ADMIN of the root
/// organization, which is created too when the tree is empty. An existing account is never changed.
/// </summary>
public sealed partial class BootstrapAdministrator(
    IServiceScopeFactory scopes,
    IOptions<BootstrapOptions> options,
    IOrganizationRepository organizations,
    IOrganizationReader organizationReader,
    IRoleGrantRepository grants,
    TimeProvider clock,
    DatabaseMigrator migrator,
    StartupTimeline timeline,
    ILogger<BootstrapAdministrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The migration runs while the silo starts; the administrator's rows need its tables.
        await migrator.Completion.WaitAsync(cancellationToken);
        await EnsureAdministratorAsync(cancellationToken);
        timeline.Mark("administrator checked");
    }

    private async Task EnsureAdministratorAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.AdminEmail) || string.IsNullOrEmpty(settings.AdminPassword))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(settings.AdminEmail) is not null)
        {
            return;
        }

        var root = await FindOrCreateRootAsync(settings, cancellationToken);
        var admin = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = settings.AdminEmail,
            Email = settings.AdminEmail,
            EmailConfirmed = true,
            FullName = settings.AdminFullName,
            OrganizationId = root,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(admin, settings.AdminPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                "The bootstrap administrator could not be created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await grants.AddAsync(admin.Id, Role.Admin, root, null, cancellationToken);
        LogCreated(logger, root);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<Guid> FindOrCreateRootAsync(BootstrapOptions settings, CancellationToken cancellationToken)
    {
        var roots = await organizationReader.SearchAsync(new OrganizationQuery(RootsOnly: true), new(First: 1), cancellationToken);
        if (roots.Items.Count > 0)
        {
            return roots.Items[0].Node.Id;
        }

        var root = Organization.Create(
            Guid.CreateVersion7(), settings.RootOrganizationName, settings.RootOrganizationCode, OrganizationKind.Ministry, null, clock.GetUtcNow());
        await organizations.AddAsync(root, null, cancellationToken);
        return root.Id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bootstrap administrator created as ADMIN of organization {OrganizationId}")]
    private static partial void LogCreated(ILogger logger, Guid organizationId);
}
