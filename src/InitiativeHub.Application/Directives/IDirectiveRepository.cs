using InitiativeHub.Application.Notifications;
using InitiativeHub.Domain.Directives;

namespace InitiativeHub.Application.Directives;

/// <summary>Write side of directives and unit reports, used by the directive grain only. Every save carries its audit record.</summary>
public interface IDirectiveRepository
{
    Task<Directive?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<UnitReport?> GetReportAsync(Guid directiveId, Guid organizationId, CancellationToken cancellationToken);

    /// <summary>The users who act for each organization (roles held at it that may report), for notices.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> GetReportersAsync(IReadOnlyCollection<Guid> organizationIds, CancellationToken cancellationToken);

    /// <summary>The activities the organization's units reported on tasks of its plans answering the directive.</summary>
    Task<IReadOnlyList<ActivityCount>> GetUnitActivitiesAsync(Guid directiveId, Guid organizationId, CancellationToken cancellationToken);

    Task AddAsync(Directive directive, IReadOnlyList<UnitReport> reports, IReadOnlyList<NotificationRequest> notifications, Guid actorId, CancellationToken cancellationToken);

    Task SaveReportAsync(UnitReport report, string action, IReadOnlyList<NotificationRequest> notifications, Guid actorId, CancellationToken cancellationToken);
}
