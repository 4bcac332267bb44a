using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Organizations;

/// <summary>A body in the administrative tree (Bộ, UBND tỉnh, Sở, UBND phường, phòng, trường, tổ dân phố…).</summary>
public sealed class Organization
{
    public const int MaxNameLength = 300;
    public const int MaxCodeLength = 64;

    private Organization()
    {
        Name = string.Empty;
        SearchKey = string.Empty;
        SortKey = string.Empty;
        Path = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string? Code { get; private set; }

    public OrganizationKind Kind { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>Materialized path (see <see cref="OrganizationPath"/>), stored so subtree checks are one prefix match.</summary>
    public string Path { get; private set; }

    /// <summary>The folded name and code for diacritic-insensitive search.</summary>
    public string SearchKey { get; private set; }

    /// <summary>Unique ordering key for keyset paging: the folded name, then the id.</summary>
    public string SortKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public OrganizationPath PathValue => new(Path);

    /// <summary>Creates an organization under <paramref name="parent"/> (or a root when null).</summary>
    public static Organization Create(Guid id, string name, string? code, OrganizationKind kind, Organization? parent, DateTimeOffset now)
    {
        var cleanName = VietnameseText.Normalize(name);
        if (string.IsNullOrEmpty(cleanName))
        {
            throw new ValidationException("Tên tổ chức không được để trống.", "name");
        }

        if (cleanName.Length > MaxNameLength)
        {
            throw new ValidationException($"Tên tổ chức không được dài quá {MaxNameLength} ký tự.", "name");
        }

        var cleanCode = VietnameseText.Normalize(code);
        if (cleanCode is { Length: 0 })
        {
            cleanCode = null;
        }

        if (cleanCode is { Length: > MaxCodeLength })
        {
            throw new ValidationException($"Mã tổ chức không được dài quá {MaxCodeLength} ký tự.", "code");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ValidationException("Loại tổ chức không hợp lệ.", "kind");
        }

        var path = parent is null ? OrganizationPath.Root(id) : parent.PathValue.Child(id);
        return new Organization
        {
            Id = id,
            Name = cleanName,
            Code = cleanCode,
            Kind = kind,
            ParentId = parent?.Id,
            Path = path.Value,
            SearchKey = VietnameseText.Fold($"{cleanName} {cleanCode}"),
            SortKey = $"{VietnameseText.Fold(cleanName)}\u0001{id:N}",
            CreatedAt = now,
        };
    }
}
