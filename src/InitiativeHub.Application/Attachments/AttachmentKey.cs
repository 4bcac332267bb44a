namespace InitiativeHub.Application.Attachments;

/// <summary>
/// The one key syntax every store accepts: 1–16 segments separated by <c>/</c>, each of ASCII letters, digits,
/// <c>.</c>, <c>_</c> and <c>-</c>, not starting with a dot, 512 characters in all. So a key can never name a
/// parent folder, an absolute path or a hidden file, and means the same on a file system and in a blob container.
/// </summary>
public static class AttachmentKey
{
    public const int MaxLength = 512;
    private const int MaxSegments = 16;
    private const int MaxSegmentLength = 128;

    public static bool IsValid(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxLength)
        {
            return false;
        }

        var segments = key.Split('/');
        return segments.Length <= MaxSegments && segments.All(IsValidSegment);
    }

    /// <summary>Throws <see cref="ArgumentException"/> for an invalid key: keys come from code, not from users.</summary>
    public static void EnsureValid(string? key)
    {
        if (!IsValid(key))
        {
            throw new ArgumentException($"'{key}' is not a valid attachment key.", nameof(key));
        }
    }

    /// <summary>A listing prefix: empty, or a key's beginning (it may end with <c>/</c> or inside a segment).</summary>
    public static void EnsureValidPrefix(string? prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length == 0)
        {
            return;
        }

        var trimmed = prefix.EndsWith('/') ? prefix[..^1] : prefix;
        if (!IsValid(trimmed))
        {
            throw new ArgumentException($"'{prefix}' is not a valid attachment key prefix.", nameof(prefix));
        }
    }

    private static bool IsValidSegment(string segment) =>
        segment.Length is > 0 and <= MaxSegmentLength
        && segment[0] != '.'
        && segment.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '_' or '-');
}
