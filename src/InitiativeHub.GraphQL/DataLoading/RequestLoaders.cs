using InitiativeHub.Application.Access;
using InitiativeHub.Application.Organizations;
using InitiativeHub.Application.Users;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.GraphQL.DataLoading;

/// <summary>The batch loaders of one request (scoped). User profiles are filtered by what the viewer may see.</summary>
public sealed class RequestLoaders(OrganizationService organizations, UserService users)
{
    private BatchLoader<Guid, Organization>? _organizationById;
    private readonly Dictionary<Viewer, BatchLoader<Guid, UserProfile>> _visibleUserById = [];

    public BatchLoader<Guid, Organization> OrganizationById =>
        _organizationById ??= new BatchLoader<Guid, Organization>(organizations.GetByIdsAsync);

    public BatchLoader<Guid, UserProfile> VisibleUserById(Viewer viewer)
    {
        if (!_visibleUserById.TryGetValue(viewer, out var loader))
        {
            loader = new BatchLoader<Guid, UserProfile>((ids, ct) => users.GetVisibleAsync(viewer, ids, ct));
            _visibleUserById[viewer] = loader;
        }

        return loader;
    }
}
