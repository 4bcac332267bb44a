using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace InitiativeHub.Infrastructure.Attachments;

/// <summary>
/// Seals and opens <see cref="FileSystemAttachmentToken"/>s with a time-limited Data Protection protector. Read and
/// write tokens use different purposes, so one can never be replayed as the other even if the payload lied.
/// </summary>
internal sealed class FileSystemAttachmentTokenProtector(IDataProtectionProvider provider, TimeProvider clock)
{
    private const string Purpose = "InitiativeHub.Attachments.FileSystem.v1";

    private readonly ITimeLimitedDataProtector _read =
        provider.CreateProtector(Purpose, FileSystemAttachmentToken.ReadPurpose).ToTimeLimitedDataProtector();

    private readonly ITimeLimitedDataProtector _write =
        provider.CreateProtector(Purpose, FileSystemAttachmentToken.WritePurpose).ToTimeLimitedDataProtector();

    public string Protect(FileSystemAttachmentToken token, DateTimeOffset expiresAt) =>
        ProtectorFor(token.Purpose).Protect(JsonSerializer.Serialize(token), expiresAt);

    /// <summary>The token's grant, or null when it is tampered with, expired, or for the other purpose.</summary>
    public FileSystemAttachmentToken? Unprotect(string token, string purpose)
    {
        try
        {
            var json = ProtectorFor(purpose).Unprotect(token, out var expiresAt);
            var grant = JsonSerializer.Deserialize<FileSystemAttachmentToken>(json);
            // Data Protection checks expiry against the system clock; the injected clock is checked too.
            return grant is not null && grant.Purpose == purpose && expiresAt > clock.GetUtcNow()
                ? grant
                : null;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector ProtectorFor(string purpose) => purpose switch
    {
        FileSystemAttachmentToken.ReadPurpose => _read,
        FileSystemAttachmentToken.WritePurpose => _write,
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Unknown token purpose."),
    };
}
