using InitiativeHub.Domain.Attachments;
using InitiativeHub.Domain.Common;
using InitiativeHub.Testing.Attachments;

namespace InitiativeHub.Infrastructure.Tests.Attachments;

public sealed class AttachmentPolicyTests
{
    private static readonly AttachmentPolicy PdfAndImages = new(
        1024 * 1024, [AttachmentContentType.Pdf, AttachmentContentType.Png, AttachmentContentType.Jpeg, AttachmentContentType.PlainText]);

    [Fact]
    public void Check_AllowedFile_ReturnsTheSafeNameAndSniffedType()
    {
        var bytes = SampleFiles.Pdf();

        var accepted = PdfAndImages.Check(" Báo cáo  sáng kiến.pdf ".Normalize(System.Text.NormalizationForm.FormD), bytes.Length, ContentSniffer.Sniff(bytes));

        Assert.Equal(new AcceptedAttachment("Báo cáo sáng kiến.pdf", AttachmentContentType.Pdf, bytes.Length), accepted);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf")]
    [InlineData("..\\..\\Windows\\win.ini.pdf")]
    [InlineData("thu-muc/bao-cao.pdf")]
    [InlineData("..")]
    [InlineData("bao\ncao.pdf")]
    [InlineData("bao\u0000cao.pdf")]
    [InlineData("hoa-don\u202Efdp.exe")]
    public void Check_NameThatIsAPathOrHoldsControls_IsRefusedBeforeAnythingElse(string name)
    {
        var bytes = SampleFiles.Pdf();

        var error = Refused(() => PdfAndImages.Check(name, bytes.Length, ContentSniffer.Sniff(bytes)));

        Assert.Equal(AttachmentErrorCodes.FileNameNotAllowed, error.Code);
        Assert.Equal("file", error.Field);
    }

    [Fact]
    public void Check_NameOfFiveHundredCharacters_IsRefusedButTwoHundredAndFortyIsShortened()
    {
        var bytes = SampleFiles.Pdf();

        var error = Refused(() => PdfAndImages.Check(new string('a', 496) + ".pdf", bytes.Length, ContentSniffer.Sniff(bytes)));
        var accepted = PdfAndImages.Check(new string('ệ', 236) + ".pdf", bytes.Length, ContentSniffer.Sniff(bytes));

        Assert.Equal(AttachmentErrorCodes.FileNameNotAllowed, error.Code);
        Assert.Equal("Tên tệp quá dài: tối đa 255 ký tự.", error.Message);
        Assert.Equal(AttachmentFileName.MaxLength, accepted.FileName.Length);
        Assert.EndsWith(".pdf", accepted.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExecutableRenamedPdf_IsRefusedAsATypeNotAllowed()
    {
        var bytes = SampleFiles.WindowsExecutable();

        var error = Refused(() => PdfAndImages.Check("hoa-don.pdf", bytes.Length, ContentSniffer.Sniff(bytes)));

        Assert.Equal(AttachmentErrorCodes.FileTypeNotAllowed, error.Code);
    }

    [Theory]
    [InlineData("script")]
    [InlineData("macro")]
    public void Check_ScriptsAndMacros_AreRefusedEvenWhenTextAndDocxAreAllowed(string kind)
    {
        var policy = new AttachmentPolicy(1024 * 1024, AttachmentContentType.All);
        var bytes = kind == "script" ? SampleFiles.ShellScript() : SampleFiles.MacroEnabledDocx();

        var error = Refused(() => policy.Check("tai-lieu.txt", bytes.Length, ContentSniffer.Sniff(bytes)));

        Assert.Equal(AttachmentErrorCodes.FileTypeNotAllowed, error.Code);
    }

    [Fact]
    public void Check_PngNamedPdf_IsAContentMismatch()
    {
        var bytes = SampleFiles.Png();

        var error = Refused(() => PdfAndImages.Check("bao-cao.pdf", bytes.Length, ContentSniffer.Sniff(bytes)));

        Assert.Equal(AttachmentErrorCodes.FileContentMismatch, error.Code);
        Assert.Contains("PDF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Polyglot_IsAContentMismatch()
    {
        var bytes = SampleFiles.PdfWithZipAppended();

        var error = Refused(() => PdfAndImages.Check("bao-cao.pdf", bytes.Length, ContentSniffer.Sniff(bytes)));

        Assert.Equal(AttachmentErrorCodes.FileContentMismatch, error.Code);
    }

    [Fact]
    public void Check_ZipBombDocx_IsTooLarge()
    {
        var policy = new AttachmentPolicy(10 * 1024 * 1024, [AttachmentContentType.Docx]);
        var bytes = SampleFiles.ZipBombDocx(40 * 1024 * 1024);

        var error = Refused(() => policy.Check("sang-kien.docx", bytes.Length, ContentSniffer.Sniff(bytes)));

        Assert.Equal(AttachmentErrorCodes.FileTooLarge, error.Code);
    }

    [Fact]
    public void Check_DocxWithTraversalEntries_IsAContentMismatch()
    {
        var policy = new AttachmentPolicy(10 * 1024 * 1024, [AttachmentContentType.Docx]);
        var bytes = SampleFiles.DocxWithEntry("../../../home/user/.bashrc");

        var error = Refused(() => policy.Check("sang-kien.docx", bytes.Length, ContentSniffer.Sniff(bytes)));

        Assert.Equal(AttachmentErrorCodes.FileContentMismatch, error.Code);
    }

    [Fact]
    public void Check_TypeTheCampaignDoesNotAccept_IsRefusedWithTheAcceptedList()
    {
        var bytes = SampleFiles.Docx();

        var error = Refused(() => PdfAndImages.Check("sang-kien.docx", bytes.Length, ContentSniffer.Sniff(bytes)));

        Assert.Equal(AttachmentErrorCodes.FileTypeNotAllowed, error.Code);
        Assert.Equal("file", error.Field);
        Assert.Contains("PDF, PNG, JPG, TXT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnrecognizedContent_IsATypeNotAllowed()
    {
        var bytes = SampleFiles.Html();

        var error = Refused(() => PdfAndImages.Check("trang.txt", bytes.Length, ContentSniffer.Sniff(bytes)));

        Assert.Equal(AttachmentErrorCodes.FileTypeNotAllowed, error.Code);
    }

    [Fact]
    public void Check_OverTheSizeLimit_IsTooLargeWithTheLimitInVietnamese()
    {
        var error = Refused(() => PdfAndImages.Check("lon.pdf", PdfAndImages.MaxBytes + 1, ContentSniffer.Sniff(SampleFiles.Pdf())));

        Assert.Equal(AttachmentErrorCodes.FileTooLarge, error.Code);
        Assert.Equal("Tệp quá lớn: dung lượng tối đa cho phép là 1 MB.", error.Message);
    }

    [Theory]
    [InlineData("chay.bat", "chay.bat.txt")]
    [InlineData("ghi chu", "ghi chu.txt")]
    [InlineData("Ghi chú v1.2", "Ghi chú v1.2.txt")]
    [InlineData("ghi-chu.CSV", "ghi-chu.CSV")]
    public void Check_NameWithoutAFittingExtension_GetsTheRightOneAdded(string name, string expected)
    {
        var bytes = SampleFiles.VietnameseText();

        var accepted = PdfAndImages.Check(name, bytes.Length, ContentSniffer.Sniff(bytes));

        Assert.Equal(expected, accepted.FileName);
    }

    [Fact]
    public void Check_JpegNamedJpg_IsAccepted() =>
        Assert.Equal(AttachmentContentType.Jpeg, PdfAndImages.Check("anh.JPG", 22, ContentSniffer.Sniff(SampleFiles.Jpeg())).ContentType);

    [Theory]
    [InlineData("ABCDEF0123", "abcdef0123")]
    [InlineData(" abcdef0123 ", "abcdef0123")]
    public void EnsureDigestMatches_SameDigestInAnyCase_Passes(string expected, string actual) =>
        AttachmentPolicy.EnsureDigestMatches(expected, actual);

    [Theory]
    [InlineData("abcdef0124")]
    [InlineData("")]
    [InlineData(null)]
    public void EnsureDigestMatches_DifferentDigest_IsADigestMismatch(string? expected)
    {
        var error = Refused(() => AttachmentPolicy.EnsureDigestMatches(expected, "abcdef0123"));
        Assert.Equal(AttachmentErrorCodes.DigestMismatch, error.Code);
    }

    [Fact]
    public void Constructor_UnknownTypeOrNoType_IsAProgrammingError()
    {
        Assert.Throws<ArgumentException>(() => new AttachmentPolicy(10, ["application/x-msdownload"]));
        Assert.Throws<ArgumentException>(() => new AttachmentPolicy(10, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AttachmentPolicy(0, [AttachmentContentType.Pdf]));
    }

    [Fact]
    public void ErrorCodes_AreStable()
    {
        Assert.Equal("FILE_TOO_LARGE", AttachmentErrorCodes.FileTooLarge);
        Assert.Equal("FILE_TYPE_NOT_ALLOWED", AttachmentErrorCodes.FileTypeNotAllowed);
        Assert.Equal("FILE_CONTENT_MISMATCH", AttachmentErrorCodes.FileContentMismatch);
        Assert.Equal("DIGEST_MISMATCH", AttachmentErrorCodes.DigestMismatch);
        Assert.Equal("FILE_NAME_NOT_ALLOWED", AttachmentErrorCodes.FileNameNotAllowed);
    }

    private static DomainException Refused(Action check) => Assert.Throws<AttachmentRejectedException>(check);
}
