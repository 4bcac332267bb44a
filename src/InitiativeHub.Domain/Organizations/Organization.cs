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

    /// <summary>The organization this one was merged into (the 2025 reform merged wards); null while it stands on its own.</summary>
    public Guid? SuccessorId { get; private set; }

    public DateTimeOffset? MergedAt { get; private set; }

    public bool IsMerged => SuccessorId is not null;

    public OrganizationPath PathValue => new(Path);

    /// <summary>
    /// Renames the organization. Documents already issued keep the name that was in force (they store it), so only
    /// what is issued from now on carries the new name.
    /// </summary>
    public void Rename(string name)
    {
        EnsureNotMerged();
        var cleanName = CleanName(name);
        Name = cleanName;
        SearchKey = VietnameseText.Fold($"{cleanName} {Code}");
        SortKey = $"{VietnameseText.Fold(cleanName)}\u0001{Id:N}";
    }

    /// <summary>
    /// Merges this organization into <paramref name="successor"/>: it keeps its history (name, documents, entries) but
    /// no longer acts on its own, and reports roll its figures into the successor.
    /// </summary>
    public void MergeInto(Organization successor, DateTimeOffset now)
    {
        EnsureNotMerged();
        if (successor.Id == Id)
        {
            throw new ValidationException("Không sáp nhập một tổ chức vào chính nó.", "successorId");
        }

        if (successor.IsMerged)
        {
            throw new DomainException(ErrorCodes.Validation, $"{successor.Name} đã được sáp nhập vào đơn vị khác.", "successorId");
        }

        if (successor.PathValue.IsWithin(PathValue))
        {
            throw new ValidationException("Không sáp nhập một tổ chức vào đơn vị trực thuộc của chính nó.", "successorId");
        }

        SuccessorId = successor.Id;
        MergedAt = now;
    }

    private void EnsureNotMerged()
    {
        if (IsMerged)
        {
            throw new DomainException("ORGANIZATION_MERGED", $"{Name} đã được sáp nhập, không thay đổi được nữa.", "organizationId");
        }
    }

    private static string CleanName(string? name)
    {
        var cleanName = VietnameseText.Normalize(name);
        if (string.IsNullOrEmpty(cleanName))
        {
            throw new ValidationException("Tên tổ chức không được để trống.", "name");
        }

        return cleanName.Length <= MaxNameLength
            ? cleanName
            : throw new ValidationException($"Tên tổ chức không được dài quá {MaxNameLength} ký tự.", "name");
    }

    /// <summary>Creates an organization under <paramref name="parent"/> (or a root when null).</summary>
    public static Organization Create(Guid id, string name, string? code, OrganizationKind kind, Organization? parent, DateTimeOffset now)
    {
        var cleanName = CleanName(name);
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
