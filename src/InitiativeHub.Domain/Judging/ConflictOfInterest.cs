using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Judging;

/// <summary>A judge–entry pair that must not meet: the judge sees nothing of the entry and is never assigned it.</summary>
public sealed record ConflictOfInterest(Guid JudgeId, Guid EntryId, ConflictReason Reason, string? Note)
{
    public const int MaxReasonLength = 1000;

    /// <summary>A conflict the judge declares; the reason is required because it goes into the minutes.</summary>
    public static ConflictOfInterest Declare(Guid judgeId, Guid entryId, string reason)
    {
        var clean = VietnameseText.Normalize(reason);
        if (string.IsNullOrEmpty(clean) || clean.Length > MaxReasonLength)
        {
            throw new ValidationException($"Cần ghi rõ lý do xung đột lợi ích (tối đa {MaxReasonLength} ký tự).", "reason");
        }

        return new ConflictOfInterest(judgeId, entryId, ConflictReason.Declared, clean);
    }
}
