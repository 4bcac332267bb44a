using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.Domain.Tests.Campaigns;

public sealed class CampaignTests
{
    [Fact]
    public void Create_ClosesBeforeOpens_IsRefused()
    {
        var definition = CampaignBuilder.Definition() with { SubmissionClosesAt = CampaignBuilder.Opens.AddDays(-1) };
        var error = Assert.Throws<ValidationException>(() => Campaign.Create(Guid.NewGuid(), definition, CampaignBuilder.Opens));
        Assert.Equal("submissionClosesAt", error.Field);
    }

    [Fact]
    public void Create_DuplicateCategoryIgnoringDiacritics_IsRefused()
    {
        var definition = CampaignBuilder.Definition() with { Categories = ["Giáo dục", "giao duc"] };
        Assert.Throws<ValidationException>(() => Campaign.Create(Guid.NewGuid(), definition, CampaignBuilder.Opens));
    }

    [Fact]
    public void Rubric_TieBreakOnUnknownCriterion_IsRefused() =>
        Assert.Throws<ValidationException>(() => Rubric.Create([new Criterion("A", "A", null, 10, 1)], null, Aggregation.Mean, null, ["B"]));

    [Fact]
    public void Rubric_MaxTotal_IsWeightedSum() =>
        Assert.Equal(130m, Rubric.Create([new Criterion("A", "A", null, 30, 1), new Criterion("B", "B", null, 50, 2)], null, Aggregation.Mean, null, null).MaxTotal);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(10, true)]
    public void IsAcceptingSubmissions_FollowsTheWindow(int daysAfterOpening, bool expected)
    {
        var campaign = CampaignBuilder.Open();
        Assert.Equal(expected, campaign.IsAcceptingSubmissions(CampaignBuilder.Opens.AddDays(daysAfterOpening)));
    }

    [Fact]
    public void EnsureAcceptingSubmissions_AtTheDeadline_IsDeadlinePassed()
    {
        var campaign = CampaignBuilder.Open();
        var error = Assert.Throws<DomainException>(() => campaign.EnsureAcceptingSubmissions(CampaignBuilder.Closes));
        Assert.Equal(ErrorCodes.DeadlinePassed, error.Code);
    }

    [Fact]
    public void ChangePhase_SkippingAPhase_IsWrongPhase()
    {
        var campaign = CampaignBuilder.Open();
        var error = Assert.Throws<DomainException>(() => campaign.ChangePhase(CampaignPhase.Published, 0, CampaignBuilder.Opens));
        Assert.Equal(ErrorCodes.WrongPhase, error.Code);
    }

    [Fact]
    public void ChangePhase_BackToDraftWithSubmissions_IsRefused()
    {
        var campaign = CampaignBuilder.Open();
        Assert.Throws<DomainException>(() => campaign.ChangePhase(CampaignPhase.Draft, 3, CampaignBuilder.Opens));
        campaign.ChangePhase(CampaignPhase.Draft, 0, CampaignBuilder.Opens);
        Assert.Equal(CampaignPhase.Draft, campaign.Phase);
    }

    [Fact]
    public void PhasePermissions_OnlyJudgingLetsJudgesScore() =>
        Assert.Equal([CampaignPhase.Judging], Enum.GetValues<CampaignPhase>().Where(p => PhasePermissions.For(p).JudgesMayScore));
}
