using System.IO.Packaging;

namespace InitiativeHub.Infrastructure.Exports.OpenXml;

/// <summary>
/// Opens an Open XML package for writing only. A read-write package keeps every part in memory until it is saved
/// (the zip is in update mode); a write-only one streams each part into the zip as it is written, which is what
/// keeps an export's memory flat however many rows it has. Each part can be written once, in one go.
/// </summary>
internal static class WriteOnlyPackage
{
    public static Package Open(Stream output) => Package.Open(output, FileMode.Create, FileAccess.Write);
}
