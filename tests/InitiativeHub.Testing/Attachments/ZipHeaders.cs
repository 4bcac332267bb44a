using System.Buffers.Binary;

namespace InitiativeHub.Testing.Attachments;

/// <summary>Rewrites ZIP headers in place, to build archives that lie about their sizes as hostile ones do.</summary>
public static class ZipHeaders
{
    private const uint LocalFileHeader = 0x04034B50;
    private const uint CentralDirectoryHeader = 0x02014B50;

    /// <summary>Every entry that inflates past 1 MiB claims <paramref name="size"/> bytes instead, in both headers.</summary>
    public static void DeclareUncompressedSizes(byte[] zip, uint size)
    {
        for (var i = 0; i + 46 <= zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            var sizeOffset = signature switch
            {
                LocalFileHeader => 22,
                CentralDirectoryHeader => 24,
                _ => -1,
            };
            if (sizeOffset > 0 && BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i + sizeOffset)) > 1024 * 1024)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + sizeOffset), size);
            }
        }
    }
}
