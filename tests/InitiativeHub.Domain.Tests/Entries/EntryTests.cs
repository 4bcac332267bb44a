using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Tests.Campaigns;

namespace InitiativeHub.Domain.Tests.Entries;

public sealed class EntryTests
{
    private static readonly DateTimeOffset During = CampaignBuilder.Opens.AddDays(5);

    [Fact]
    public void Create_SharesSummingTo99_IsRefused()
    {
        var campaign = CampaignBuilder.Open();
        var content = Content([Author("Nguyễn Văn An", 60), Author("Trần Thị Bình", 39)]);
        var error = Assert.Throws<ValidationException>(() => Create(campaign, content));
        Assert.Equal("authors", error.Field);
        Assert.Contains("100%", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FractionalSharesSummingTo100_IsAccepted()
    {
        var entry = Create(CampaignBuilder.Open(), Content([Author("A", 33.33m), Author("B", 33.33m), Author("C", 33.34m)]));
        Assert.Equal(3, entry.Content.Authors.Count);
    }

    [Fact]
    public void Submit_DuringWindow_FreezesVersionWithDigest()
    {
        var campaign = CampaignBuilder.Open();
        var entry = Create(campaign, Content([Author("Nguyễn Văn An", 60), Author("Trần Thị Bình", 40)]));

        var version = entry.Submit(campaign, During);

        Assert.Equal(EntryStatus.Submitted, entry.Status);
        Assert.Equal(1, version.Version);
        Assert.Equal(ReceiptDigest.Compute(version.CanonicalForm), version.Digest);
        Assert.Equal(64, version.Digest.Length);
        Assert.Contains("Nguyễn Văn An", version.CanonicalForm, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_AfterDeadline_IsDeadlinePassed()
    {
        var campaign = CampaignBuilder.Open();
        var entry = Create(campaign, Content([Author("A", 100)]));
        var error = Assert.Throws<DomainException>(() => entry.Submit(campaign, CampaignBuilder.Closes.AddMinutes(1)));
        Assert.Equal(ErrorCodes.DeadlinePassed, error.Code);
        Assert.Equal(EntryStatus.Draft, entry.Status);
    }

    [Fact]
    public void Submit_WithoutAuthors_IsIncomplete()
    {
        var campaign = CampaignBuilder.Open();
        var entry = Create(campaign, Content([]));
        Assert.Throws<ValidationException>(() => entry.Submit(campaign, During));
    }

    [Fact]
    public void Update_AfterSubmit_IsRefused()
    {
        var campaign = CampaignBuilder.Open();
        var entry = Create(campaign, Content([Author("A", 100)]));
        entry.Submit(campaign, During);
        var error = Assert.Throws<DomainException>(() => entry.Update(campaign, new EntryChanges(Title: "Khác"), During));
        Assert.Equal(ErrorCodes.WrongPhase, error.Code);
    }

    [Fact]
    public void ReturnForSupplement_ThenResubmit_MakesSecondVersionWithNewDigest()
    {
        // Arrange
        var campaign = CampaignBuilder.Open();
        var entry = Create(campaign, Content([Author("A", 100)]));
        var first = entry.Submit(campaign, During);

        // Act: returned with a due date after the campaign's deadline; the submitter adds the benefits and resubmits late.
        entry.Screen(campaign, ScreeningDecision.Return, "Bổ sung phần hiệu quả", CampaignBuilder.Closes.AddDays(7), null, During.AddDays(1));
        var afterDeadline = CampaignBuilder.Closes.AddDays(2);
        entry.Update(campaign, new EntryChanges(Benefits: "Giảm 30% thời gian chờ"), afterDeadline);
        var second = entry.Submit(campaign, afterDeadline);

        // Assert
        Assert.Equal(2, second.Version);
        Assert.NotEqual(first.Digest, second.Digest);
        Assert.Equal(EntryStatus.Submitted, entry.Status);
        Assert.Null(entry.ReturnDueAt);
    }

    [Fact]
    public void Returned_AfterDueDate_CannotResubmit()
    {
        var campaign = CampaignBuilder.Open();
        var entry = Create(campaign, Content([Author("A", 100)]));
        entry.Submit(campaign, During);
        entry.Screen(campaign, ScreeningDecision.Return, "Bổ sung", During.AddDays(2), null, During);
        var error = Assert.Throws<DomainException>(() => entry.Submit(campaign, During.AddDays(3)));
        Assert.Equal(ErrorCodes.DeadlinePassed, error.Code);
    }

    [Theory]
    [InlineData(ScreeningDecision.Reject, null)]
    [InlineData(ScreeningDecision.Return, "  ")]
    public void Screen_WithoutReason_IsRefused(ScreeningDecision decision, string? reason)
    {
        var campaign = CampaignBuilder.Open();
        var entry = Create(campaign, Content([Author("A", 100)]));
        entry.Submit(campaign, During);
        Assert.Throws<ValidationException>(() => entry.Screen(campaign, decision, reason, During.AddDays(3), null, During));
        Assert.Equal(EntryStatus.Submitted, entry.Status);
    }

    [Fact]
    public void Screen_Draft_IsWrongPhase()
    {
        var campaign = CampaignBuilder.Open();
        var entry = Create(campaign, Content([Author("A", 100)]));
        Assert.Equal(ErrorCodes.WrongPhase, Assert.Throws<DomainException>(() => entry.Screen(campaign, ScreeningDecision.Accept, null, null, null, During)).Code);
    }

    [Fact]
    public void Withdraw_BeforeDeadline_Succeeds_AfterDeadline_Refused()
    {
        var campaign = CampaignBuilder.Open();
        var early = Create(campaign, Content([Author("A", 100)]));
        early.Submit(campaign, During);
        early.Withdraw(campaign, During.AddDays(1));
        Assert.Equal(EntryStatus.Withdrawn, early.Status);

        var late = Create(campaign, Content([Author("A", 100)]));
        late.Submit(campaign, During);
        Assert.Equal(ErrorCodes.DeadlinePassed, Assert.Throws<DomainException>(() => late.Withdraw(campaign, CampaignBuilder.Closes)).Code);
    }

    [Fact]
    public void CanWithdraw_FollowsTheDeadlineThatApplies()
    {
        var campaign = CampaignBuilder.Open();
        var entry = Create(campaign, Content([Author("A", 100)]));
        entry.Submit(campaign, During);
        Assert.True(entry.CanWithdraw(campaign, During));
        Assert.False(entry.CanWithdraw(campaign, CampaignBuilder.Closes));

        // Returned: the return's due date counts, even past the submission deadline.
        entry.Screen(campaign, ScreeningDecision.Return, "Bổ sung", CampaignBuilder.Closes.AddDays(3), null, During);
        Assert.True(entry.CanWithdraw(campaign, CampaignBuilder.Closes.AddDays(1)));
        Assert.False(entry.CanWithdraw(campaign, CampaignBuilder.Closes.AddDays(3)));
    }

    [Fact]
    public void Digest_SameContentAndAttachments_IsStableAndAttachmentOrderDoesNotMatter()
    {
        var content = EntryContentRules.Clean(Content([Author("A", 100)]));
        var a = new EntryAttachment(Guid.NewGuid(), "a.pdf", "application/pdf", 10, new string('a', 64), "k1", During);
        var b = new EntryAttachment(Guid.NewGuid(), "b.png", "image/png", 20, new string('b', 64), "k2", During);
        var id = Guid.NewGuid();
        var one = ReceiptDigest.CanonicalForm(id, 1, Guid.Empty, Guid.Empty, EntryKind.Initiative, SubmitterKind.Individual, content, [a, b]);
        var two = ReceiptDigest.CanonicalForm(id, 1, Guid.Empty, Guid.Empty, EntryKind.Initiative, SubmitterKind.Individual, content, [b, a]);
        var changed = ReceiptDigest.CanonicalForm(id, 1, Guid.Empty, Guid.Empty, EntryKind.Initiative, SubmitterKind.Individual, content, [a]);
        Assert.Equal(ReceiptDigest.Compute(one), ReceiptDigest.Compute(two));
        Assert.NotEqual(ReceiptDigest.Compute(one), ReceiptDigest.Compute(changed));
    }

    private static Entry Create(Campaign campaign, EntryContent content) =>
        Entry.Create(Guid.NewGuid(), campaign, campaign.Categories[0].Id, EntryKind.Initiative, SubmitterKind.Individual, Guid.NewGuid(), null, content, During);

    private static EntryContent Content(IReadOnlyList<Author> authors) => new(
        "Ứng dụng Zalo OA tra cứu thủ tục hành chính", "Cải cách hành chính", new DateOnly(2026, 3, 1),
        "Tra cứu thủ tục qua Zalo OA của phường.", null, null, null, null, null, authors, []);

    private static Author Author(string name, decimal percent) => new(name, null, "UBND phường Trần Hưng Đạo", null, null, percent);
}
