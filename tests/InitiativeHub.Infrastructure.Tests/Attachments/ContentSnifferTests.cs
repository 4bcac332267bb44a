using InitiativeHub.Domain.Attachments;
using InitiativeHub.Testing.Attachments;

namespace InitiativeHub.Infrastructure.Tests.Attachments;

public sealed class ContentSnifferTests
{
    public static TheoryData<string, byte[], string> GoodFiles => new()
    {
        { "pdf", SampleFiles.Pdf(), AttachmentContentType.Pdf },
        { "png", SampleFiles.Png(), AttachmentContentType.Png },
        { "jpeg", SampleFiles.Jpeg(), AttachmentContentType.Jpeg },
        { "gif", SampleFiles.Gif(), AttachmentContentType.Gif },
        { "webp", SampleFiles.WebP(), AttachmentContentType.WebP },
        { "mp4", SampleFiles.Mp4(), AttachmentContentType.Mp4 },
        { "mov", SampleFiles.QuickTime(), AttachmentContentType.QuickTime },
        { "docx", SampleFiles.Docx(), AttachmentContentType.Docx },
        { "xlsx", SampleFiles.Xlsx(), AttachmentContentType.Xlsx },
        { "pptx", SampleFiles.Pptx(), AttachmentContentType.Pptx },
        { "odt", SampleFiles.OpenDocument(AttachmentContentType.Odt), AttachmentContentType.Odt },
        { "ods", SampleFiles.OpenDocument(AttachmentContentType.Ods), AttachmentContentType.Ods },
        { "odp", SampleFiles.OpenDocument(AttachmentContentType.Odp), AttachmentContentType.Odp },
        { "txt", SampleFiles.VietnameseText(), AttachmentContentType.PlainText },
    };

    public static TheoryData<string, byte[]> Programs => new()
    {
        { "exe (MZ)", SampleFiles.WindowsExecutable() },
        { "ELF", SampleFiles.ElfExecutable() },
        { "Mach-O 32", SampleFiles.MachO(0xFEEDFACE) },
        { "Mach-O 64", SampleFiles.MachO(0xFEEDFACF) },
        { "Mach-O 64 little-endian", SampleFiles.MachO(0xCFFAEDFE) },
        { "Mach-O universal", SampleFiles.MachO(0xCAFEBABE) },
        { "shell script", SampleFiles.ShellScript() },
        { "shell script after a BOM", SampleFiles.ShellScriptWithByteOrderMark() },
        { "macro-enabled DOCX", SampleFiles.MacroEnabledDocx() },
    };

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void Sniff_KnownFormat_IsRecognizedFromTheBytes(string format, byte[] bytes, string expected)
    {
        var sniffed = ContentSniffer.Sniff(bytes);
        Assert.True(sniffed.IsRecognized, $"{format}: {sniffed.Detail}");
        Assert.Equal(expected, sniffed.ContentType);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Sniff_ProgramOrScript_IsExecutable(string kind, byte[] bytes)
    {
        var sniffed = ContentSniffer.Sniff(bytes);
        Assert.True(sniffed.Verdict == ContentVerdict.Executable, $"{kind}: {sniffed.Verdict} ({sniffed.Detail})");
        Assert.Null(sniffed.ContentType);
    }

    [Fact]
    public void Sniff_PdfWithZipAppended_IsAPolyglot() =>
        Assert.Equal(ContentVerdict.Polyglot, ContentSniffer.Sniff(SampleFiles.PdfWithZipAppended()).Verdict);

    [Fact]
    public void Sniff_PngWithDocxAppended_IsAPolyglot() =>
        Assert.Equal(ContentVerdict.Polyglot, ContentSniffer.Sniff(SampleFiles.PngWithZipAppended()).Verdict);

    [Fact]
    public void Sniff_DocxInflatingPastTheLimit_IsRefusedAsABomb()
    {
        var bomb = SampleFiles.ZipBombDocx(40 * 1024 * 1024);
        Assert.True(bomb.Length < 200 * 1024, $"the bomb should be small; it is {bomb.Length} bytes");

        var sniffed = ContentSniffer.Sniff(bomb);

        Assert.Equal(ContentVerdict.ArchiveTooLarge, sniffed.Verdict);
    }

    [Fact]
    public void Sniff_DocxOverTheUncompressedLimit_IsRefusedEvenAtAModestRatio()
    {
        var limits = new ZipInspectionLimits { MaxUncompressedBytes = 1024 * 1024 };

        var sniffed = ContentSniffer.Sniff(SampleFiles.ZipBombDocx(2 * 1024 * 1024), limits);

        Assert.Equal(ContentVerdict.ArchiveTooLarge, sniffed.Verdict);
    }

    [Fact]
    public void Sniff_DocxBombWhoseHeadersUnderstateTheSize_IsUnsafe()
    {
        var bomb = SampleFiles.ZipBombDocx(3 * 1024 * 1024);
        ZipHeaders.DeclareUncompressedSizes(bomb, 100);

        var sniffed = ContentSniffer.Sniff(bomb);

        Assert.Equal(ContentVerdict.UnsafeArchive, sniffed.Verdict);
    }

    [Fact]
    public void Sniff_SmallDocxThatCompressesWell_IsStillADocx()
    {
        var sniffed = ContentSniffer.Sniff(SampleFiles.ZipBombDocx(2 * 1024 * 1024));
        Assert.Equal(AttachmentContentType.Docx, sniffed.ContentType);
    }

    [Theory]
    [InlineData("../../evil.sh")]
    [InlineData("word/../../evil.sh")]
    [InlineData("/etc/cron.d/evil")]
    [InlineData("C:/Windows/evil.bat")]
    [InlineData("..\\..\\evil.bat")]
    [InlineData("word\\..\\..\\evil.bat")]
    public void Sniff_ArchiveWithATraversalEntryName_IsUnsafe(string entryName) =>
        Assert.Equal(ContentVerdict.UnsafeArchive, ContentSniffer.Sniff(SampleFiles.DocxWithEntry(entryName)).Verdict);

    [Fact]
    public void Sniff_ArchiveWithAControlCharacterInAName_IsUnsafe() =>
        Assert.Equal(ContentVerdict.UnsafeArchive, ContentSniffer.Sniff(SampleFiles.DocxWithEntry("word/a\u0001b.xml")).Verdict);

    [Fact]
    public void Sniff_CorruptZip_IsUnsafe() =>
        Assert.Equal(ContentVerdict.UnsafeArchive, ContentSniffer.Sniff(SampleFiles.CorruptZip()).Verdict);

    [Theory]
    [InlineData("plain zip")]
    [InlineData("html")]
    [InlineData("heic")]
    [InlineData("empty")]
    [InlineData("random bytes")]
    [InlineData("odf drawing")]
    public void Sniff_OtherContent_IsUnrecognized(string kind)
    {
        var bytes = kind switch
        {
            "plain zip" => SampleFiles.PlainZip(),
            "html" => SampleFiles.Html(),
            "heic" => SampleFiles.Heic(),
            "empty" => [],
            "random bytes" => RandomBytes(4096),
            _ => SampleFiles.OpenDocument("application/vnd.oasis.opendocument.graphics"),
        };

        Assert.Equal(ContentVerdict.Unrecognized, ContentSniffer.Sniff(bytes).Verdict);
    }

    [Fact]
    public void Sniff_Stream_ReadsFromTheStartWhateverThePosition()
    {
        using var stream = new MemoryStream(SampleFiles.Pdf());
        stream.Position = 10;
        Assert.Equal(AttachmentContentType.Pdf, ContentSniffer.Sniff(stream).ContentType);
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(42).NextBytes(bytes);
        bytes[0] = 0x00;
        return bytes;
    }
}
