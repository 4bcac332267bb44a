using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Domain.Tests.Access;

public sealed class AccessPolicyTests
{
    private static readonly Guid User = Guid.NewGuid();
    private static readonly OrganizationPath Province = OrganizationPath.Root(Guid.NewGuid());
    private static readonly OrganizationPath WardA = Province.Child(Guid.NewGuid());
    private static readonly OrganizationPath WardB = Province.Child(Guid.NewGuid());
    private static readonly OrganizationPath SchoolInA = WardA.Child(Guid.NewGuid());

    [Fact]
    public void Allows_GrantAtWard_ReachesItsSubtreeOnly()
    {
        RoleGrant[] grants = [Grant(Role.Organizer, WardA)];
        Assert.True(AccessPolicy.Allows(grants, Permission.ManageCampaigns, WardA));
        Assert.True(AccessPolicy.Allows(grants, Permission.ManageCampaigns, SchoolInA));
        Assert.False(AccessPolicy.Allows(grants, Permission.ManageCampaigns, WardB));
        Assert.False(AccessPolicy.Allows(grants, Permission.ManageCampaigns, Province));
    }

    [Fact]
    public void Allows_GrantAtProvince_ReachesEveryWard()
    {
        RoleGrant[] grants = [Grant(Role.Leader, Province)];
        Assert.True(AccessPolicy.Allows(grants, Permission.DecideAwards, WardA));
        Assert.True(AccessPolicy.Allows(grants, Permission.DecideAwards, WardB));
    }

    [Theory]
    [InlineData(Role.Citizen, Permission.ManageCampaigns, false)]
    [InlineData(Role.Judge, Permission.Judge, true)]
    [InlineData(Role.Judge, Permission.DecideAwards, false)]
    [InlineData(Role.Organizer, Permission.DecideAwards, false)]
    [InlineData(Role.Leader, Permission.DecideAwards, true)]
    [InlineData(Role.Staff, Permission.Report, true)]
    [InlineData(Role.Staff, Permission.ManageOrganizations, false)]
    [InlineData(Role.Admin, Permission.DecideAwards, true)]
    [InlineData(Role.Organizer, Permission.ExportDocuments, true)]
    [InlineData(Role.Leader, Permission.ExportDocuments, true)]
    [InlineData(Role.Judge, Permission.ExportDocuments, false)]
    [InlineData(Role.Staff, Permission.ExportDocuments, false)]
    [InlineData(Role.Citizen, Permission.ExportDocuments, false)]
    public void Allows_FollowsTheRoleTable(Role role, Permission permission, bool expected) =>
        Assert.Equal(expected, AccessPolicy.Allows([Grant(role, WardA)], permission, WardA));

    [Fact]
    public void AllowsGranting_OrganizerGrantsBelowAdminInOwnSubtree()
    {
        RoleGrant[] grants = [Grant(Role.Organizer, WardA)];
        Assert.True(AccessPolicy.AllowsGranting(grants, Role.Judge, SchoolInA));
        Assert.False(AccessPolicy.AllowsGranting(grants, Role.Judge, WardB));
        Assert.False(AccessPolicy.AllowsGranting(grants, Role.Admin, WardA));
    }

    [Fact]
    public void AllowsGranting_AdminMayMakeAdminsBelow() =>
        Assert.True(AccessPolicy.AllowsGranting([Grant(Role.Admin, Province)], Role.Admin, WardB));

    [Fact]
    public void Allows_NoGrants_AllowsNothing() =>
        Assert.All(Enum.GetValues<Permission>(), p => Assert.False(AccessPolicy.Allows([], p, WardA)));

    private static RoleGrant Grant(Role role, OrganizationPath path) => new(User, role, path.Ids[^1], path);
}
