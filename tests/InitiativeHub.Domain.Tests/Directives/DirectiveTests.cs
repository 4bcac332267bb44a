using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Domain.Tests.Directives;

/// <summary>Seed 002: Sở KH&amp;CN Lạng Sơn asks the wards (and the other departments) to report before 15/5/2026.</summary>
public sealed class DirectiveTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 15, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset Due = new(2026, 5, 15, 0, 0, 0, TimeSpan.FromHours(7));

    private readonly Organization _root = Org("Bộ Khoa học và Công nghệ", OrganizationKind.Ministry, null);
    private readonly Organization _province;
    private readonly Organization _department;
    private readonly Organization _culture;
    private readonly Organization _wardA;
    private readonly Organization _wardB;
    private readonly Organization _office;
    private readonly Organization _otherProvinceWard;

    public DirectiveTests()
    {
        _province = Org("UBND tỉnh Lạng Sơn", OrganizationKind.ProvincePeoplesCommittee, _root);
        _department = Org("Sở Khoa học và Công nghệ", OrganizationKind.Department, _province);
        _culture = Org("Sở Văn hóa, Thể thao và Du lịch", OrganizationKind.Department, _province);
        _wardA = Org("UBND phường Đông Kinh", OrganizationKind.CommunePeoplesCommittee, _province);
        _wardB = Org("UBND phường Tam Thanh", OrganizationKind.CommunePeoplesCommittee, _province);
        _office = Org("Phòng Văn hóa - Xã hội", OrganizationKind.Office, _wardA);
        var otherProvince = Org("UBND tỉnh Cao Bằng", OrganizationKind.ProvincePeoplesCommittee, _root);
        _otherProvinceWard = Org("UBND phường Thục Phán", OrganizationKind.CommunePeoplesCommittee, otherProvince);
    }

    [Fact]
    public void Issue_ToWardsAndDepartmentsOfItsProvince_KeepsIssuerNameAndRecipients()
    {
        var directive = Issue(_wardA, _wardB, _culture);

        Assert.Equal("Sở Khoa học và Công nghệ", directive.IssuerName);
        Assert.Equal([_wardA.Id, _wardB.Id, _culture.Id], directive.RecipientIds);
        Assert.True(directive.IsRecipient(_wardB.Id));
        Assert.False(directive.IsRecipient(_office.Id));
    }

    [Fact]
    public void Issue_UnitsBelowAWardOfTheProvince_AreReachable() => Assert.True(DirectiveRecipients.MayReceive(_department, _office));

    [Fact]
    public void Issue_ToAnotherProvince_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Issue(_wardA, _otherProvinceWard));
        Assert.Equal(DirectiveErrorCodes.NotARecipient, error.Code);
    }

    [Fact]
    public void Issue_ToItselfOrItsOwnSuperior_IsRefused()
    {
        Assert.Equal(DirectiveErrorCodes.NotARecipient, Assert.Throws<DomainException>(() => Issue(_department)).Code);
        Assert.Equal(DirectiveErrorCodes.NotARecipient, Assert.Throws<DomainException>(() => Issue(_province)).Code);
    }

    [Fact]
    public void Issue_ToAMergedWard_IsRefused()
    {
        _wardB.MergeInto(_wardA, Now);
        Assert.Equal(DirectiveErrorCodes.OrganizationMerged, Assert.Throws<DomainException>(() => Issue(_wardB)).Code);
    }

    [Fact]
    public void Issue_DueDateInThePast_IsRefused()
    {
        var error = Assert.Throws<ValidationException>(() => Directive.Issue(
            Guid.NewGuid(), Draft() with { ReportDueAt = Now.AddMinutes(-1) }, _department, [_wardA], Guid.NewGuid(), Now));
        Assert.Equal("reportDueAt", error.Field);
    }

    [Fact]
    public void Issue_PeriodEndingBeforeItStarts_IsRefused() =>
        Assert.Equal("periodEnd", Assert.Throws<ValidationException>(() => Directive.Issue(
            Guid.NewGuid(), Draft() with { PeriodEnd = new DateOnly(2026, 4, 1) }, _department, [_wardA], Guid.NewGuid(), Now)).Field);

    [Fact]
    public void Issue_NoRecipientsOrTwiceTheSame_IsRefused()
    {
        Assert.Throws<ValidationException>(() => Issue());
        Assert.Throws<ValidationException>(() => Issue(_wardA, _wardA));
    }

    [Fact]
    public void Report_SubmittedBeforeDue_IsSubmitted_AndIsFinal()
    {
        var report = UnitReport.Open(Guid.NewGuid(), Issue(_wardA), _wardA, Now);
        Assert.Equal(UnitReportStatus.NotStarted, report.Status);

        report.SaveDraft([new ActivityCount("banners", 3, null)], "Bản nháp", Now.AddDays(1));
        Assert.Equal(UnitReportStatus.Draft, report.Status);

        report.Submit([new ActivityCount("BANNERS", 5, null), new ActivityCount("ARTICLES", 2, "Cổng thông tin phường")], "Đã treo băng rôn.", [new ActivityCount("BANNERS", 4, null), new ActivityCount("EVENTS", 1, null)], Due, Guid.NewGuid(), Due.AddDays(-1));
        Assert.Equal(UnitReportStatus.Submitted, report.Status);
        Assert.Equal([new ActivityCount("BANNERS", 5, null), new ActivityCount("ARTICLES", 2, "Cổng thông tin phường")], report.Activities);
        Assert.Equal([new ActivityCount("BANNERS", 9, null), new ActivityCount("ARTICLES", 2, null), new ActivityCount("EVENTS", 1, null)], report.TotalActivities);

        var error = Assert.Throws<DomainException>(() => report.SaveDraft([], null, Due));
        Assert.Equal(DirectiveErrorCodes.ReportAlreadySubmitted, error.Code);
    }

    [Fact]
    public void Report_SubmittedAfterDue_IsAcceptedAndMarkedLate()
    {
        var report = UnitReport.Open(Guid.NewGuid(), Issue(_wardA), _wardA, Now);
        Assert.True(report.IsOverdue(Due, Due.AddHours(1)));

        report.Submit([], null, [], Due, Guid.NewGuid(), Due.AddHours(1));

        Assert.Equal(UnitReportStatus.Late, report.Status);
        Assert.False(report.IsOverdue(Due, Due.AddDays(3)));
    }

    [Theory]
    [InlineData("FLYERS", 1, null)]
    [InlineData("BANNERS", -1, null)]
    [InlineData("OTHER", 2, null)]
    public void Report_BadActivity_IsRefused_AndChangesNothing(string kind, int count, string? note)
    {
        var report = UnitReport.Open(Guid.NewGuid(), Issue(_wardA), _wardA, Now);
        var error = Assert.Throws<ValidationException>(() => report.Submit([new ActivityCount(kind, count, note)], null, [], Due, Guid.NewGuid(), Now));
        Assert.Equal("activities", error.Field);
        Assert.Equal(UnitReportStatus.NotStarted, report.Status);
    }

    [Fact]
    public void Activities_Sum_ByKindInReportOrder() =>
        Assert.Equal(
            [new ActivityCount("BANNERS", 7, null), new ActivityCount("EVENTS", 1, null), new ActivityCount("PARTICIPANTS", 120, null)],
            ActivityKinds.Sum([
                [new ActivityCount("PARTICIPANTS", 120, null), new ActivityCount("BANNERS", 5, null)],
                [new ActivityCount("BANNERS", 2, null), new ActivityCount("EVENTS", 1, null)],
            ]));

    private Directive Issue(params Organization[] recipients) =>
        Directive.Issue(Guid.NewGuid(), Draft(), _department, recipients, Guid.NewGuid(), Now);

    private static DirectiveDraft Draft() => new(
        "1234/SKHCN-QLCN&TĐC",
        "V/v phối hợp tuyên truyền hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới (21/4) và Ngày Sở hữu trí tuệ thế giới (26/4) năm 2026",
        new DateOnly(2026, 4, 15),
        new DateOnly(2026, 4, 26),
        Due,
        ["Công văn số 2341/BKHCN-ĐMST ngày 16/4/2026 của Bộ Khoa học và Công nghệ"],
        "Tổng hợp, gửi thông tin kết quả tuyên truyền trước ngày 15/5/2026.");

    internal static Organization Org(string name, OrganizationKind kind, Organization? parent) =>
        Organization.Create(Guid.NewGuid(), name, null, kind, parent, Now);
}
