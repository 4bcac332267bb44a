using System.Linq.Expressions;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Infrastructure.Organizations;

/// <summary>SQL-translatable subtree filters over the materialized organization path.</summary>
public static class OrganizationPaths
{
    /// <summary>Organizations whose path lies under any of the given paths (an OR of prefix matches).</summary>
    public static Expression<Func<Organization, bool>> WithinAny(IReadOnlyList<string> paths)
    {
        var organization = Expression.Parameter(typeof(Organization), "o");
        var path = Expression.Property(organization, nameof(Organization.Path));
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        Expression body = Expression.Constant(false);
        foreach (var prefix in paths)
        {
            body = Expression.OrElse(body, Expression.Call(path, startsWith, Expression.Constant(prefix)));
        }

        return Expression.Lambda<Func<Organization, bool>>(body, organization);
    }
}
