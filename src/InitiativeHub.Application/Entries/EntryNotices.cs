using InitiativeHub.Application.Common.Time;
using InitiativeHub.Application.Notifications;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Application.Entries;

/// <summary>The Vietnamese notices a submitter receives as their entry moves.</summary>
public static class EntryNotices
{
    public static NotificationRequest Submitted(Entry entry, Receipt receipt) => new(
        entry.SubmitterId,
        "entry-submitted",
        $"Đã nhận hồ sơ: {entry.Content.Title}",
        $"Hồ sơ \"{entry.Content.Title}\" đã được nộp lúc {VietnamTime.FormatDateTime(receipt.SubmittedAt)}.\nSố biên nhận: {receipt.Number}\nMã kiểm tra (SHA-256): {receipt.Digest}\n",
        entry.Id);

    public static NotificationRequest Screened(Entry entry) => entry.Status switch
    {
        EntryStatus.Accepted => new(
            entry.SubmitterId, "entry-accepted", $"Hồ sơ được tiếp nhận: {entry.Content.Title}",
            $"Hồ sơ \"{entry.Content.Title}\" đã được tiếp nhận và chuyển sang bước đánh giá.\n", entry.Id),
        EntryStatus.Returned => new(
            entry.SubmitterId, "entry-returned", $"Yêu cầu bổ sung hồ sơ: {entry.Content.Title}",
            $"Hồ sơ \"{entry.Content.Title}\" cần bổ sung trước {VietnamTime.FormatDateTime(entry.ReturnDueAt!.Value)}.\nNội dung cần bổ sung: {entry.ScreeningReason}\n", entry.Id),
        EntryStatus.Rejected => new(
            entry.SubmitterId, "entry-rejected", $"Hồ sơ không đủ điều kiện: {entry.Content.Title}",
            $"Hồ sơ \"{entry.Content.Title}\" không đủ điều kiện xét.\nLý do: {entry.ScreeningReason}\n", entry.Id),
        _ => throw new InvalidOperationException($"No notice for status {entry.Status}."),
    };
}
