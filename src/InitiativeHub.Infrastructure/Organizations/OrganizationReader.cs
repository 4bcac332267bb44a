using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Application.Organizations;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Domain.Text;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Organizations;

public sealed class OrganizationReader(IDbContextFactory<AppDbContext> contexts) : IOrganizationReader
{
    public async Task<OrganizationPath?> GetPathAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var path = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Path).FirstOrDefaultAsync(cancellationToken);
        return path is null ? null : new OrganizationPath(path);
    }

    public async Task<IReadOnlyDictionary<Guid, Guid?>> GetMergesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organizations.AsNoTracking().Where(o => o.SuccessorId != null).ToDictionaryAsync(o => o.Id, o => o.SuccessorId, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, Organization>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, Organization>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
    }

    public async Task<Page<Organization>> SearchAsync(OrganizationQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filtered = db.Organizations.AsNoTracking();
        if (query.ParentId is { } parentId)
        {
            filtered = filtered.Where(o => o.ParentId == parentId);
        }
        else if (query.RootsOnly)
        {
            filtered = filtered.Where(o => o.ParentId == null);
        }

        foreach (var word in VietnameseText.FoldedWords(query.Search))
        {
            filtered = filtered.Where(o => o.SearchKey.Contains(word));
        }

        return await KeysetPager.PageAsync(filtered, o => o.SortKey, page, cancellationToken);
    }
}
