namespace InitiativeHub.Domain.Organizations;

/// <summary>
/// The materialized path of an organization in the tree: the ids from the root down to it, as
/// "/{root:N}/{child:N}/". A grant at an organization reaches every organization whose path starts with its path.
/// </summary>
public readonly record struct OrganizationPath(string Value)
{
    public static OrganizationPath Root(Guid id) => new($"/{id:N}/");

    public OrganizationPath Child(Guid id) => new($"{Value}{id:N}/");

    /// <summary>True when this path is the other or lies below it.</summary>
    public bool IsWithin(OrganizationPath ancestor) =>
        Value.StartsWith(ancestor.Value, StringComparison.Ordinal);

    /// <summary>The ids from the root down to this organization.</summary>
    public IReadOnlyList<Guid> Ids =>
        Value.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(part => Guid.ParseExact(part, "N")).ToList();

    public int Depth => Ids.Count;

    /// <summary>The parent's path, or null for a root.</summary>
    public OrganizationPath? Parent
    {
        get
        {
            var trimmed = Value.TrimEnd('/');
            var cut = trimmed.LastIndexOf('/');
            return cut <= 0 ? null : new OrganizationPath(trimmed[..(cut + 1)]);
        }
    }

    public override string ToString() => Value;
}
