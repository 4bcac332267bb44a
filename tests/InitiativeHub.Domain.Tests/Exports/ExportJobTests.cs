using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Exports;

namespace InitiativeHub.Domain.Tests.Exports;

public sealed class ExportJobTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 21, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void A_job_runs_forward_to_one_hundred_only_when_its_file_is_stored()
    {
        var job = Queue(ExportKind.Entries, ExportFormat.Xlsx);
        Assert.Equal(ExportJobStatus.Queued, job.Status);
        Assert.Equal(ExportErrorCodes.ExportNotReady, Assert.Throws<DomainException>(() => job.RequireFile()).Code);

        job.Start(Now);
        Assert.True(job.Advance(40));
        Assert.False(job.Advance(30));
        Assert.False(job.Advance(40));
        Assert.True(job.Advance(150));
        Assert.Equal(99, job.Progress);

        job.Succeed("exports/x/xlsx", "Danh sách hồ sơ.xlsx", 1234, Now.AddSeconds(3));
        Assert.Equal((ExportJobStatus.Succeeded, 100), (job.Status, job.Progress));
        Assert.Equal(("exports/x/xlsx", "Danh sách hồ sơ.xlsx"), job.RequireFile());
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => job.Fail("muộn", Now)).Code);
    }

    [Fact]
    public void A_failed_job_keeps_its_reason_and_has_no_file()
    {
        var job = Queue(ExportKind.ScoreSheets, ExportFormat.Xlsx);
        job.Start(Now);
        job.Fail(new string('x', 2000), Now);

        Assert.Equal(ExportJobStatus.Failed, job.Status);
        Assert.Equal(ExportJob.MaxErrorLength, job.Error!.Length);
        Assert.Equal(ExportErrorCodes.ExportNotReady, Assert.Throws<DomainException>(() => job.RequireFile()).Code);
        Assert.Throws<DomainException>(() => job.Advance(50));
    }

    [Theory]
    [InlineData(ExportKind.DecisionDraft, ExportFormat.Xlsx)]
    [InlineData(ExportKind.CouncilMinutes, ExportFormat.Csv)]
    [InlineData(ExportKind.Entries, ExportFormat.Docx)]
    [InlineData(ExportKind.AwardeeList, ExportFormat.Pdf)]
    public void Unsupported_formats_are_refused_with_their_code(ExportKind kind, ExportFormat format) =>
        Assert.Equal(ExportErrorCodes.UnsupportedExportFormat, Assert.Throws<DomainException>(() => Queue(kind, format)).Code);

    [Fact]
    public void Every_awardee_list_format_is_produced_and_a_campaign_is_required()
    {
        Assert.Equal([ExportFormat.Xlsx, ExportFormat.Csv, ExportFormat.Docx], ExportCatalog.FormatsOf(ExportKind.AwardeeList));
        var error = Assert.Throws<ValidationException>(() => ExportJob.Queue(Guid.NewGuid(), ExportKind.Entries, ExportFormat.Xlsx, null, null, Guid.NewGuid(), Guid.NewGuid(), Now));
        Assert.Equal("campaignId", error.Field);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+84 912", "'+84 912")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Nguyễn Văn An", "Nguyễn Văn An")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Spreadsheet_text_neutralizes_what_a_spreadsheet_would_evaluate(string text, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Neutralize(text));

    private static ExportJob Queue(ExportKind kind, ExportFormat format) =>
        ExportJob.Queue(Guid.NewGuid(), kind, format, Guid.NewGuid(), null, Guid.NewGuid(), Guid.NewGuid(), Now);
}
