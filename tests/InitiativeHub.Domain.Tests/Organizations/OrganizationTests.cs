using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Domain.Tests.Organizations;

public sealed class OrganizationTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 21, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Create_UnderParent_ExtendsThePath()
    {
        var province = Organization.Create(Guid.NewGuid(), "UBND tỉnh Lạng Sơn", "LS", OrganizationKind.ProvincePeoplesCommittee, null, Now);
        var ward = Organization.Create(Guid.NewGuid(), "UBND phường Đông Kinh", null, OrganizationKind.CommunePeoplesCommittee, province, Now);

        Assert.Equal(province.Id, ward.ParentId);
        Assert.True(ward.PathValue.IsWithin(province.PathValue));
        Assert.False(province.PathValue.IsWithin(ward.PathValue));
        Assert.Equal([province.Id, ward.Id], ward.PathValue.Ids);
        Assert.Equal("ubnd phuong dong kinh", ward.SearchKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_EmptyName_IsRefused(string name)
    {
        var error = Assert.Throws<ValidationException>(() => Organization.Create(Guid.NewGuid(), name, null, OrganizationKind.Office, null, Now));
        Assert.Equal("name", error.Field);
        Assert.Equal(ErrorCodes.Validation, error.Code);
    }

    [Fact]
    public void Create_NameTooLong_IsRefused() =>
        Assert.Throws<ValidationException>(() => Organization.Create(Guid.NewGuid(), new string('a', 301), null, OrganizationKind.Office, null, Now));

    [Fact]
    public void Path_SiblingWithCommonPrefix_IsNotWithin()
    {
        // Paths end with a slash, so one id being a textual prefix of another never matters.
        var a = new OrganizationPath("/aaaa/");
        var b = new OrganizationPath("/aaaab/");
        Assert.False(b.IsWithin(a));
    }
}
