using System.Text;
using InitiativeHub.Domain.Attachments;

namespace InitiativeHub.Infrastructure.Tests.Attachments;

public sealed class AttachmentFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\Windows\\system32\\evil.dll", "evil.dll")]
    [InlineData("C:\\Users\\Lan\\Documents\\Báo cáo.pdf", "Báo cáo.pdf")]
    [InlineData("/var/tmp/../Sáng kiến.docx", "Sáng kiến.docx")]
    [InlineData("thu-muc/con\\tep.png", "tep.png")]
    public void Sanitize_PathTraversal_KeepsOnlyTheLastName(string input, string expected) =>
        Assert.Equal(expected, AttachmentFileName.Sanitize(input));

    [Theory]
    [InlineData("bao\u0000cao.pdf", "baocao.pdf")]
    [InlineData("bao\r\nContent-Disposition: inline.pdf", "baoContent-Disposition_ inline.pdf")]
    [InlineData("\u001b[31mdo\u007f.txt", "[31mdo.txt")]
    [InlineData("hoa-don\u202Efdp.exe", "hoa-donfdp.exe")]
    [InlineData("an\u200Bh.png", "anh.png")]
    public void Sanitize_ControlAndInvisibleCharacters_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, AttachmentFileName.Sanitize(input));

    [Fact]
    public void Sanitize_ReservedCharacters_BecomeUnderscores() =>
        Assert.Equal("Ke_hoach_ 2026_ _du thao____.docx", AttachmentFileName.Sanitize("Ke<hoach> 2026: \"du thao\"|?*.docx"));

    [Theory]
    [InlineData("  ..Báo cáo.pdf. . ", "Báo cáo.pdf")]
    [InlineData("Tờ   trình\t số 5.pdf", "Tờ trình số 5.pdf")]
    [InlineData(".htaccess", "htaccess")]
    public void Sanitize_TrimsDotsAndSpacesAndCollapsesSpaces(string input, string expected) =>
        Assert.Equal(expected, AttachmentFileName.Sanitize(input));

    [Fact]
    public void Sanitize_DecomposedVietnamese_IsComposedToNfc()
    {
        var decomposed = "Sáng kiến Đống Đa.pdf".Normalize(NormalizationForm.FormD);

        var sanitized = AttachmentFileName.Sanitize(decomposed);

        Assert.Equal("Sáng kiến Đống Đa.pdf", sanitized);
        Assert.True(sanitized.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Sanitize_500CharacterName_IsCutTo200KeepingTheExtension()
    {
        var sanitized = AttachmentFileName.Sanitize(string.Concat(Enumerable.Repeat("Sáng kiến ", 50)) + ".docx");

        Assert.True(sanitized.Length <= AttachmentFileName.MaxLength, $"{sanitized.Length} characters");
        Assert.EndsWith(".docx", sanitized, StringComparison.Ordinal);
        Assert.StartsWith("Sáng kiến Sáng kiến", sanitized, StringComparison.Ordinal);
        Assert.DoesNotContain(" .docx", sanitized, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_LongNameOfEmoji_DoesNotSplitASurrogatePair()
    {
        var sanitized = AttachmentFileName.Sanitize("a" + string.Concat(Enumerable.Repeat("😀", 300)) + ".png");

        Assert.True(sanitized.Length <= AttachmentFileName.MaxLength);
        Assert.EndsWith(".png", sanitized, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(sanitized)) == sanitized, "no lone surrogate");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData("../../")]
    [InlineData("\u0000\u0001\u0002")]
    [InlineData("\u202E\u200B")]
    public void Sanitize_NothingUsableLeft_GivesTheFallbackName(string? input) =>
        Assert.Equal(AttachmentFileName.Fallback, AttachmentFileName.Sanitize(input));

    [Theory]
    [InlineData("CON.txt", "_CON.txt")]
    [InlineData("nul", "_nul")]
    [InlineData("LPT1.pdf", "_LPT1.pdf")]
    [InlineData("CONSOLE.pdf", "CONSOLE.pdf")]
    public void Sanitize_WindowsDeviceNames_AreMadeOrdinary(string input, string expected) =>
        Assert.Equal(expected, AttachmentFileName.Sanitize(input));

    [Fact]
    public void Sanitize_IsIdempotent()
    {
        var once = AttachmentFileName.Sanitize("  ../Báo<cáo>\u0000 " + new string('x', 300) + ".pdf ");
        Assert.Equal(once, AttachmentFileName.Sanitize(once));
    }

    [Theory]
    [InlineData("Báo cáo.PDF", ".pdf")]
    [InlineData("Báo cáo v1.2", ".2")]
    [InlineData("Báo cáo", "")]
    [InlineData("ten. co dau cach", "")]
    public void ExtensionOf_GivesTheLowerCaseExtension(string name, string expected) =>
        Assert.Equal(expected, AttachmentFileName.ExtensionOf(name));
}
