using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Organizations;
using static InitiativeHub.Domain.Tests.Directives.DirectiveTests;

namespace InitiativeHub.Domain.Tests.Directives;

/// <summary>Seed 000: phường Trần Hưng Đạo's plan assigns tasks to Phòng Văn hóa - Xã hội, Công an phường and the tổ dân phố.</summary>
public sealed class PlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 17, 8, 0, 0, TimeSpan.FromHours(7));
    private readonly Organization _ward = Org("UBND phường Trần Hưng Đạo", OrganizationKind.CommunePeoplesCommittee, null);
    private readonly Organization _otherWard = Org("UBND phường Đông Kinh", OrganizationKind.CommunePeoplesCommittee, null);

    [Theory]
    [InlineData("45/KH-UBND")]
    [InlineData("/KH-UBND")]
    [InlineData("202/KH-SKHCN")]
    public void Create_OfficialNumbers_AreAccepted(string number) =>
        Assert.Equal(number, Plan.Create(Guid.NewGuid(), Draft(number), _ward, null, Guid.NewGuid(), Now).Number);

    [Theory]
    [InlineData("45")]
    [InlineData("45/QĐ-UBND")]
    [InlineData("")]
    public void Create_NotAPlanNumber_IsRefused(string number) =>
        Assert.Equal("number", Assert.Throws<ValidationException>(() => Plan.Create(Guid.NewGuid(), Draft(number), _ward, null, Guid.NewGuid(), Now)).Field);

    [Fact]
    public void Task_ToAUnitOfTheWard_IsAssigned_AndProgressIsRecorded()
    {
        var police = Org("Công an phường", OrganizationKind.Police, _ward);
        var plan = Plan.Create(Guid.NewGuid(), Draft("45/KH-UBND"), _ward, null, Guid.NewGuid(), Now);
        var task = PlanTask.Assign(Guid.NewGuid(), plan, _ward, police, new PlanTaskDraft(police.Id, "Tuyên truyền về an toàn thông tin", null, new DateOnly(2026, 5, 10)), Now);

        task.ReportProgress(PlanTaskStatus.Done, "Đã tuyên truyền tại 12 tổ dân phố", [new ActivityCount("EVENTS", 12, null)], Guid.NewGuid(), Now.AddDays(5));

        Assert.Equal(PlanTaskStatus.Done, task.Status);
        Assert.Equal("Công an phường", task.AssigneeName);
        Assert.Throws<ValidationException>(() => task.ReportProgress(PlanTaskStatus.InProgress, null, [], Guid.NewGuid(), Now.AddDays(6)));
    }

    [Fact]
    public void Task_ToAUnitOfAnotherWard_OrToTheWardItself_IsRefused()
    {
        var plan = Plan.Create(Guid.NewGuid(), Draft("45/KH-UBND"), _ward, null, Guid.NewGuid(), Now);
        var foreign = Org("Trường THCS Đông Kinh", OrganizationKind.School, _otherWard);
        Assert.Equal(DirectiveErrorCodes.NotASubordinateUnit, Assert.Throws<DomainException>(() =>
            PlanTask.Assign(Guid.NewGuid(), plan, _ward, foreign, new PlanTaskDraft(foreign.Id, "Treo băng rôn", null, new DateOnly(2026, 5, 1)), Now)).Code);
        Assert.Equal(DirectiveErrorCodes.NotASubordinateUnit, Assert.Throws<DomainException>(() =>
            PlanTask.Assign(Guid.NewGuid(), plan, _ward, _ward, new PlanTaskDraft(_ward.Id, "Treo băng rôn", null, new DateOnly(2026, 5, 1)), Now)).Code);
    }

    private static PlanDraft Draft(string number) => new(
        number,
        "Hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới (21/4) năm 2026",
        ["Đổi mới sáng tạo - Hành động đột phá, lan tỏa kết quả"],
        ["Nhiệt liệt chào mừng Ngày Sáng tạo và Đổi mới sáng tạo thế giới - 21/4/2026"],
        new DateOnly(2026, 4, 17),
        new DateOnly(2026, 5, 19),
        null);
}
