using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Judging;
using InitiativeHub.Domain.Tests.Campaigns;
using static InitiativeHub.Domain.Tests.Judging.JudgingBuilder;

namespace InitiativeHub.Domain.Tests.Judging;

public sealed class ConflictOfInterestRulesTests
{
    private static readonly Guid Submitter = Id(6, 1);

    [Fact]
    public void Detect_UnrelatedJudge_FindsNothing() =>
        Assert.Empty(ConflictOfInterestRules.Detect(Parties(), JudgeNamed("Phạm Văn Cường", "cuong@thd.gov.vn"), true));

    [Fact]
    public void Detect_JudgeIsSubmitter_IsSubmitterConflict()
    {
        var judge = new JudgeProfile(Submitter, "khac@thd.gov.vn", "Người khác", []);
        var conflict = Assert.Single(ConflictOfInterestRules.Detect(Parties(), judge, false));
        Assert.Equal(ConflictReason.Submitter, conflict.Reason);
        Assert.Equal(Entry(1), conflict.EntryId);
        Assert.Equal(Submitter, conflict.JudgeId);
    }

    [Fact]
    public void Detect_AuthorEmailInOtherCase_IsAuthorConflict()
    {
        var conflict = Assert.Single(ConflictOfInterestRules.Detect(Parties(), JudgeNamed("Tên Khác", " AN.NGUYEN@THD.gov.vn "), false));
        Assert.Equal(ConflictReason.Author, conflict.Reason);
        Assert.Contains("Nguyễn Văn An", conflict.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_AuthorWithoutEmail_MatchesNameIgnoringDiacriticsAndCase()
    {
        var conflict = Assert.Single(ConflictOfInterestRules.Detect(Parties(), JudgeNamed("tran thi  BINH", "binh@thd.gov.vn"), false));
        Assert.Equal(ConflictReason.Author, conflict.Reason);
    }

    [Fact]
    public void Detect_SameNameButDifferentEmails_IsNoConflict() =>
        Assert.Empty(ConflictOfInterestRules.Detect(Parties(), JudgeNamed("Nguyễn Văn An", "an.nguyen.khac@gmail.com"), false));

    [Fact]
    public void Detect_JudgeWithoutEmailNamedLikeAuthor_IsConflict() =>
        Assert.Equal(ConflictReason.Author, Assert.Single(ConflictOfInterestRules.Detect(Parties(), JudgeNamed("Nguyễn Văn An", null), false)).Reason);

    [Fact]
    public void Detect_TrialParticipant_IsTrialParticipantConflict()
    {
        var conflict = Assert.Single(ConflictOfInterestRules.Detect(Parties(), JudgeNamed("Lê Hoàng Dũng", "dung@thd.gov.vn"), false));
        Assert.Equal(ConflictReason.TrialParticipant, conflict.Reason);
    }

    [Fact]
    public void Detect_SameOrganization_OnlyWhenTheCampaignSaysSo()
    {
        var judge = new JudgeProfile(Judge(1), "x@thd.gov.vn", "Phạm Văn Cường", [Organization(9), Organization(1)]);
        Assert.Empty(ConflictOfInterestRules.Detect(Parties(), judge, conflictIfSameOrganization: false));
        Assert.Equal(ConflictReason.SameOrganization, Assert.Single(ConflictOfInterestRules.Detect(Parties(), judge, conflictIfSameOrganization: true)).Reason);
    }

    [Fact]
    public void Detect_SeveralReasons_ReportsEach()
    {
        var judge = new JudgeProfile(Submitter, "an.nguyen@thd.gov.vn", "Nguyễn Văn An", [Organization(1)]);
        var reasons = ConflictOfInterestRules.Detect(Parties(), judge, true).Select(c => c.Reason);
        Assert.Equal([ConflictReason.Submitter, ConflictReason.Author, ConflictReason.SameOrganization], reasons);
    }

    [Fact]
    public void Detect_FromEntry_ChecksItsAuthorsAndTrialParticipants()
    {
        var campaign = CampaignBuilder.Open();
        var content = new EntryContent(
            "Số hoá hồ sơ một cửa", null, null, "Quét và lưu hồ sơ một cửa.", null, null, null, null, null,
            [new Author("Nguyễn Văn An", null, null, null, null, 100, "an.nguyen@thd.gov.vn")],
            [new TrialParticipant("Lê Hoàng Dũng", null, null, null, null, "Áp dụng thử tại bộ phận một cửa")]);
        var entry = Domain.Entries.Entry.Create(
            Guid.NewGuid(), campaign, campaign.Categories[0].Id, EntryKind.Initiative, SubmitterKind.Individual, Submitter, Organization(1), content, CampaignBuilder.Opens.AddDays(1));
        var parties = EntryParties.From(entry);

        var judges = new[] { JudgeNamed("X", "an.nguyen@thd.gov.vn"), JudgeNamed("Le Hoang Dung", null), JudgeNamed("Phạm Văn Cường", null) };
        var found = ConflictOfInterestRules.DetectAll([parties], judges, false);

        Assert.Equal([ConflictReason.Author, ConflictReason.TrialParticipant], found.Select(c => c.Reason));
        Assert.All(found, c => Assert.Equal(entry.Id, c.EntryId));
    }

    [Fact]
    public void Declare_WithReason_IsDeclaredConflict()
    {
        var conflict = ConflictOfInterest.Declare(Judge(1), Entry(1), "  Tác giả là em ruột của tôi. ");
        Assert.Equal(ConflictReason.Declared, conflict.Reason);
        Assert.Equal("Tác giả là em ruột của tôi.", conflict.Note);
        Assert.True(ConflictOfInterestRules.IsConflicted(Judge(1), Entry(1), [conflict]));
        Assert.False(ConflictOfInterestRules.IsConflicted(Judge(1), Entry(2), [conflict]));
    }

    [Fact]
    public void Declare_WithoutReason_IsRefused()
    {
        var error = Assert.Throws<ValidationException>(() => ConflictOfInterest.Declare(Judge(1), Entry(1), "   "));
        Assert.Equal("reason", error.Field);
    }

    private static JudgeProfile JudgeNamed(string name, string? email) => new(Judge(1), email, name, [Organization(9)]);

    private static EntryParties Parties() => new(
        Entry(1),
        Submitter,
        Organization(1),
        [new EntryPerson("Nguyễn Văn An", "an.nguyen@thd.gov.vn"), new EntryPerson("Trần Thị Bình", null)],
        [new EntryPerson("Lê Hoàng Dũng", null)]);
}
