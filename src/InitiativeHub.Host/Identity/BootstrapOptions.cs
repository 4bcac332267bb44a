namespace InitiativeHub.Host.Identity;

/// <summary>The <c>InitiativeHub:Bootstrap</c> section: the first administrator and the root organization.</summary>
public sealed class BootstrapOptions
{
    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public string AdminFullName { get; set; } = "Quản trị hệ thống";

    public string RootOrganizationName { get; set; } = "Bộ Khoa học và Công nghệ";

    public string RootOrganizationCode { get; set; } = "BKHCN";
}
