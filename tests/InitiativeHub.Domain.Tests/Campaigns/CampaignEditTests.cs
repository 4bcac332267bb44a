using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.Domain.Tests.Campaigns;

public sealed class CampaignEditTests
{
    private static readonly DateTimeOffset DuringWindow = CampaignBuilder.Opens.AddDays(10);

    [Fact]
    public void Update_Draft_ChangesEverythingAndNamesTheFields()
    {
        var campaign = Campaign.Create(Guid.NewGuid(), CampaignBuilder.Definition(), CampaignBuilder.Opens.AddDays(-5));

        var changed = campaign.Update(
            new CampaignChanges(
                Title: "Phong trào thi đua sáng tạo năm 2026",
                Kind: CampaignKind.Contest,
                SubmissionOpensAt: CampaignBuilder.Opens.AddDays(2),
                Criteria: [new Criterion("NOVELTY", "Tính mới", null, 50, 1), new Criterion("EFFECT", "Hiệu quả", null, 50, 1)],
                MaxAttachmentBytes: 1_000_000),
            CampaignUsage.None,
            CampaignBuilder.Opens.AddDays(-4));

        Assert.Equal(["title", "kind", "submissionOpensAt", "rubric", "maxAttachmentBytes"], changed);
        Assert.Equal(CampaignKind.Contest, campaign.Kind);
        Assert.Equal(100m, campaign.Rubric.MaxTotal);
        Assert.Equal(["NOVELTY", "EFFECT"], campaign.Rubric.TieBreak);
        Assert.Equal(1_000_000, campaign.MaxAttachmentBytes);
        Assert.Contains("nam 2026", campaign.SearchKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_SameValuesAsNow_ChangesNothingEvenWhenLocked()
    {
        var campaign = CampaignBuilder.Open();
        campaign.ChangePhase(CampaignPhase.Screening, 1, DuringWindow);
        campaign.ChangePhase(CampaignPhase.Judging, 1, DuringWindow);

        var changed = campaign.Update(
            new CampaignChanges(
                Title: campaign.Title,
                Criteria: campaign.Rubric.Criteria,
                TieBreak: campaign.Rubric.TieBreak,
                AwardTiers: [.. campaign.AwardTiers.Select(t => t with { Id = Guid.Empty })],
                Categories: [.. campaign.Categories.Select(c => new CategoryChange(c.Id, c.Name))]),
            CampaignUsage.None,
            DuringWindow);

        Assert.Empty(changed);
    }

    [Fact]
    public void Update_Open_ExtendsTheDeadlineEvenAfterItPassed()
    {
        var campaign = CampaignBuilder.Open();
        var afterDeadline = CampaignBuilder.Closes.AddHours(2);

        campaign.Update(new CampaignChanges(SubmissionClosesAt: CampaignBuilder.Closes.AddDays(7)), CampaignUsage.None, afterDeadline);

        Assert.Equal(CampaignBuilder.Closes.AddDays(7), campaign.SubmissionClosesAt);
        Assert.True(campaign.IsAcceptingSubmissions(afterDeadline));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(4, true)]
    public void Update_Open_EarlierDeadlineNeedsNotice(int daysFromNow, bool allowed)
    {
        var campaign = CampaignBuilder.Open();
        var changes = new CampaignChanges(SubmissionClosesAt: DuringWindow.AddDays(daysFromNow));

        if (allowed)
        {
            campaign.Update(changes, CampaignUsage.None, DuringWindow);
            Assert.Equal(DuringWindow.AddDays(daysFromNow), campaign.SubmissionClosesAt);
        }
        else
        {
            var error = Assert.Throws<ValidationException>(() => campaign.Update(changes, CampaignUsage.None, DuringWindow));
            Assert.Equal("submissionClosesAt", error.Field);
            Assert.Equal(CampaignBuilder.Closes, campaign.SubmissionClosesAt);
        }
    }

    [Fact]
    public void Update_Open_DeadlineInThePast_IsRefused()
    {
        var campaign = CampaignBuilder.Open();
        var error = Assert.Throws<ValidationException>(() =>
            campaign.Update(new CampaignChanges(SubmissionClosesAt: CampaignBuilder.Closes.AddHours(1)), CampaignUsage.None, CampaignBuilder.Closes.AddDays(1)));
        Assert.Equal("submissionClosesAt", error.Field);
    }

    [Fact]
    public void Update_Open_OpeningTimeAfterOpening_IsLocked()
    {
        var campaign = CampaignBuilder.Open();
        var error = Assert.Throws<DomainException>(() =>
            campaign.Update(new CampaignChanges(SubmissionOpensAt: CampaignBuilder.Opens.AddDays(1)), CampaignUsage.None, DuringWindow));
        Assert.Equal(CampaignErrorCodes.FieldLocked, error.Code);
        Assert.Equal("submissionOpensAt", error.Field);
    }

    [Fact]
    public void Update_Open_KindIsDraftOnly()
    {
        var campaign = CampaignBuilder.Open();
        var error = Assert.Throws<DomainException>(() => campaign.Update(new CampaignChanges(Kind: CampaignKind.Contest), CampaignUsage.None, DuringWindow));
        Assert.Equal(CampaignErrorCodes.FieldLocked, error.Code);
        Assert.Equal(CampaignEditLock.DraftOnly, campaign.LockOf(CampaignSection.Kind, false));
    }

    [Fact]
    public void Update_Open_AddsCategoryAndRenamesAnUnusedOne()
    {
        var campaign = CampaignBuilder.Open();
        var (used, unused) = (campaign.Categories[0], campaign.Categories[1]);
        var usage = new CampaignUsage(new HashSet<Guid> { used.Id }, new HashSet<string>(), false);

        campaign.Update(
            new CampaignChanges(Categories: [new CategoryChange(used.Id, used.Name), new CategoryChange(unused.Id, "Giáo dục và đào tạo"), new CategoryChange(null, "Y tế")]),
            usage,
            DuringWindow);

        Assert.Equal(["Cải cách hành chính", "Giáo dục và đào tạo", "Y tế"], campaign.Categories.Select(c => c.Name));
        Assert.Equal(unused.Id, campaign.Categories[1].Id);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Update_Open_CategoryEntriesUse_CannotBeRemovedOrRenamed(bool remove)
    {
        var campaign = CampaignBuilder.Open();
        var used = campaign.Categories[0];
        var usage = new CampaignUsage(new HashSet<Guid> { used.Id }, new HashSet<string>(), false);
        IReadOnlyList<CategoryChange> list = remove
            ? [new CategoryChange(campaign.Categories[1].Id, campaign.Categories[1].Name)]
            : [new CategoryChange(used.Id, "Hành chính công"), new CategoryChange(campaign.Categories[1].Id, campaign.Categories[1].Name)];

        var error = Assert.Throws<DomainException>(() => campaign.Update(new CampaignChanges(Categories: list), usage, DuringWindow));

        Assert.Equal(CampaignErrorCodes.FieldLocked, error.Code);
        Assert.Equal(2, campaign.Categories.Count);
        Assert.Equal(used.Name, campaign.Categories[0].Name);
    }

    [Fact]
    public void Update_CategoryOfAnotherCampaign_IsValidation()
    {
        var campaign = CampaignBuilder.Open();
        var error = Assert.Throws<ValidationException>(() =>
            campaign.Update(new CampaignChanges(Categories: [new CategoryChange(Guid.NewGuid(), "Giáo dục")]), CampaignUsage.None, DuringWindow));
        Assert.Equal("categories", error.Field);
    }

    [Fact]
    public void Update_Open_AttachmentPolicyOnlyLoosens()
    {
        var campaign = CampaignBuilder.Open();
        var usage = new CampaignUsage(new HashSet<Guid>(), new HashSet<string> { "application/pdf" }, false);

        var shrink = Assert.Throws<DomainException>(() =>
            campaign.Update(new CampaignChanges(MaxAttachmentBytes: campaign.MaxAttachmentBytes - 1), usage, DuringWindow));
        var dropUsed = Assert.Throws<DomainException>(() =>
            campaign.Update(new CampaignChanges(AllowedAttachmentTypes: ["image/png"]), usage, DuringWindow));
        campaign.Update(new CampaignChanges(MaxAttachmentBytes: campaign.MaxAttachmentBytes * 2, AllowedAttachmentTypes: ["application/pdf", "image/png"]), usage, DuringWindow);

        Assert.Equal(("maxAttachmentBytes", "allowedAttachmentTypes"), (shrink.Field, dropUsed.Field));
        Assert.Equal(CampaignErrorCodes.FieldLocked, shrink.Code);
        Assert.Equal(2 * Campaign.DefaultMaxAttachmentBytes, campaign.MaxAttachmentBytes);
        Assert.Equal(["application/pdf", "image/png"], campaign.AllowedAttachmentTypes);
    }

    [Fact]
    public void Update_Screening_RubricAndTiersStillEditable_WindowLocked()
    {
        var campaign = CampaignBuilder.Open();
        campaign.ChangePhase(CampaignPhase.Screening, 1, DuringWindow);

        campaign.Update(new CampaignChanges(PassThreshold: 60, AwardTiers: [new AwardTier(Guid.Empty, "Giải Nhất", AwardForm.Prize, 2, 80)]), CampaignUsage.None, DuringWindow);
        var error = Assert.Throws<DomainException>(() =>
            campaign.Update(new CampaignChanges(SubmissionClosesAt: CampaignBuilder.Closes.AddDays(5)), CampaignUsage.None, DuringWindow));

        Assert.Equal(60m, campaign.Rubric.PassThreshold);
        Assert.Equal(2, campaign.AwardTiers[0].Quota);
        Assert.Equal(CampaignErrorCodes.FieldLocked, error.Code);
    }

    [Fact]
    public void Update_Judging_RubricChange_IsLockedAndNothingChanges()
    {
        var campaign = CampaignBuilder.Open();
        campaign.ChangePhase(CampaignPhase.Screening, 1, DuringWindow);
        campaign.ChangePhase(CampaignPhase.Judging, 1, DuringWindow);
        var rubric = campaign.Rubric;

        var error = Assert.Throws<DomainException>(() =>
            campaign.Update(new CampaignChanges(Title: "Tên mới", Aggregation: Aggregation.Median), CampaignUsage.None, DuringWindow));

        Assert.Equal(CampaignErrorCodes.FieldLocked, error.Code);
        Assert.Equal("rubric", error.Field);
        Assert.Same(rubric, campaign.Rubric);
        Assert.NotEqual("Tên mới", campaign.Title);
    }

    [Fact]
    public void Update_BlindReviewAfterAssignment_IsLocked()
    {
        var campaign = CampaignBuilder.Open();
        var assigned = new CampaignUsage(new HashSet<Guid>(), new HashSet<string>(), true);

        var error = Assert.Throws<DomainException>(() => campaign.Update(new CampaignChanges(BlindReview: true), assigned, DuringWindow));
        campaign.Update(new CampaignChanges(BlindReview: true), CampaignUsage.None, DuringWindow);

        Assert.Equal(CampaignErrorCodes.FieldLocked, error.Code);
        Assert.Equal(CampaignEditLock.JudgesAssigned, campaign.LockOf(CampaignSection.Review, true));
        Assert.True(campaign.BlindReview);
    }

    [Fact]
    public void Update_Published_TitleLocked()
    {
        var campaign = CampaignBuilder.Open();
        foreach (var phase in new[] { CampaignPhase.Screening, CampaignPhase.Judging, CampaignPhase.Deliberation, CampaignPhase.Approval, CampaignPhase.Published })
        {
            campaign.ChangePhase(phase, 1, DuringWindow);
        }

        var error = Assert.Throws<DomainException>(() => campaign.Update(new CampaignChanges(Title: "Tên mới"), CampaignUsage.None, DuringWindow));

        Assert.Equal(CampaignErrorCodes.FieldLocked, error.Code);
        Assert.Equal(CampaignEditLock.ResultsPublished, campaign.LockOf(CampaignSection.Presentation, false));
    }

    [Fact]
    public void Update_InvalidValue_UsesTheCreationRules()
    {
        var campaign = CampaignBuilder.Open();
        var blank = Assert.Throws<ValidationException>(() => campaign.Update(new CampaignChanges(Title: "  "), CampaignUsage.None, DuringWindow));
        var duplicate = Assert.Throws<ValidationException>(() =>
            campaign.Update(new CampaignChanges(Categories: [new CategoryChange(null, "Y tế"), new CategoryChange(null, "y te")]), CampaignUsage.None, DuringWindow));
        Assert.Equal(("title", "categories"), (blank.Field, duplicate.Field));
    }
}
