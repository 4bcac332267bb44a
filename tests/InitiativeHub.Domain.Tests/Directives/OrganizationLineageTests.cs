using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Organizations;
using static InitiativeHub.Domain.Tests.Directives.DirectiveTests;

namespace InitiativeHub.Domain.Tests.Directives;

/// <summary>The 2025 reform merged wards: history stays, figures roll into the successor.</summary>
public sealed class OrganizationLineageTests
{
    private static readonly DateTimeOffset Now = new(2025, 7, 1, 0, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void MergeChain_RollsEveryPredecessorIntoTheUnitStandingToday()
    {
        var province = Org("UBND tỉnh Lạng Sơn", OrganizationKind.ProvincePeoplesCommittee, null);
        var a = Org("UBND phường Chi Lăng", OrganizationKind.CommunePeoplesCommittee, province);
        var b = Org("UBND phường Hoàng Văn Thụ", OrganizationKind.CommunePeoplesCommittee, province);
        var c = Org("UBND phường Đông Kinh", OrganizationKind.CommunePeoplesCommittee, province);
        a.MergeInto(b, Now);
        b.MergeInto(c, Now.AddDays(1));
        var successors = new[] { province, a, b, c }.ToDictionary(o => o.Id, o => o.SuccessorId);

        Assert.Equal(c.Id, OrganizationLineage.CurrentOf(successors)[a.Id]);
        Assert.Equal(province.Id, OrganizationLineage.CurrentOf(successors)[province.Id]);
        Assert.Equal(new[] { a.Id, b.Id }.Order(), OrganizationLineage.PredecessorsOf(c.Id, successors).Order());
        Assert.Equal([a.Id], OrganizationLineage.PredecessorsOf(b.Id, successors));
    }

    [Fact]
    public void Merged_CannotBeRenamedOrMergedAgain_AndNeverIntoItsOwnUnit()
    {
        var ward = Org("UBND phường Tam Thanh", OrganizationKind.CommunePeoplesCommittee, null);
        var group = Org("Tổ dân phố 1", OrganizationKind.ResidentialGroup, ward);
        var other = Org("UBND phường Đông Kinh", OrganizationKind.CommunePeoplesCommittee, null);

        Assert.Throws<ValidationException>(() => ward.MergeInto(group, Now));
        ward.MergeInto(other, Now);
        Assert.Equal("ORGANIZATION_MERGED", Assert.Throws<DomainException>(() => ward.Rename("UBND phường Mới")).Code);
        Assert.Equal("ORGANIZATION_MERGED", Assert.Throws<DomainException>(() => ward.MergeInto(other, Now)).Code);
    }

    [Fact]
    public void Rename_ChangesTheNameAndSearchKey()
    {
        var ward = Org("UBND phường Tam Thanh", OrganizationKind.CommunePeoplesCommittee, null);
        ward.Rename("UBND phường Lương Văn Tri");
        Assert.Equal("UBND phường Lương Văn Tri", ward.Name);
        Assert.Contains("luong van tri", ward.SearchKey, StringComparison.Ordinal);
    }
}
