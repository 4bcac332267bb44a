using InitiativeHub.Domain.Directives;

namespace InitiativeHub.Domain.Tests.Directives;

public sealed class ReportNarrativeTests
{
    [Fact]
    public void Headings_split_the_text_and_text_before_any_heading_is_assessment()
    {
        var narrative = ReportNarrative.Parse("""
            Phường đã treo băng rôn tại trụ sở và các tổ dân phố.
            III. Đánh giá:
            Công tác tuyên truyền được triển khai kịp thời.
            IV. Phương hướng, nhiệm vụ thời gian tới
            - Tiếp tục phát động phong trào sáng kiến.
            Kiến nghị: Đề nghị Sở cung cấp thêm tài liệu tuyên truyền.
            """);

        Assert.Equal(["Phường đã treo băng rôn tại trụ sở và các tổ dân phố.", "Công tác tuyên truyền được triển khai kịp thời."], narrative.Assessment);
        Assert.Equal(["- Tiếp tục phát động phong trào sáng kiến."], narrative.Outlook);
        Assert.Equal(["Đề nghị Sở cung cấp thêm tài liệu tuyên truyền."], narrative.Recommendations);
    }

    [Fact]
    public void A_sentence_starting_with_a_heading_word_stays_a_sentence()
    {
        var narrative = ReportNarrative.Parse("Đánh giá chung là tốt.\nĐề xuất của nhân dân về việc lắp thêm loa truyền thanh ở các tổ dân phố vùng cao đã được tiếp thu: sẽ thực hiện.");

        Assert.Equal(2, narrative.Assessment.Count);
        Assert.Empty(narrative.Recommendations);
    }

    [Fact]
    public void Empty_text_has_no_parts()
    {
        var narrative = ReportNarrative.Parse(null);

        Assert.Empty(narrative.Assessment);
        Assert.Empty(narrative.Outlook);
        Assert.Empty(narrative.Recommendations);
    }
}
