using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Infrastructure.Exports;

/// <summary>
/// The Vietnamese words official documents print for statuses and kinds. Documents are always in Vietnamese, whatever
/// the language of the person who exports them; the words match the web UI's Vietnamese texts.
/// </summary>
public static class DocumentLabels
{
    public static string Of(EntryStatus status) => status switch
    {
        EntryStatus.Draft => "Nháp",
        EntryStatus.Submitted => "Đã nộp",
        EntryStatus.Returned => "Yêu cầu bổ sung",
        EntryStatus.Accepted => "Đã tiếp nhận",
        EntryStatus.Rejected => "Không đủ điều kiện",
        EntryStatus.Withdrawn => "Đã rút",
        EntryStatus.UnderReview => "Đang chấm",
        EntryStatus.Scored => "Đã chấm",
        EntryStatus.Awarded => "Được khen thưởng",
        EntryStatus.NotAwarded => "Không đạt giải",
        _ => status.ToString(),
    };

    public static string Of(EntryKind kind) => kind switch
    {
        EntryKind.Initiative => "Sáng kiến",
        EntryKind.ModelPractice => "Mô hình, điển hình",
        _ => kind.ToString(),
    };

    public static string Of(ScoreSheetStatus? status) => status switch
    {
        ScoreSheetStatus.Submitted => "Đã nộp",
        ScoreSheetStatus.Draft => "Đang chấm",
        _ => "Chưa chấm",
    };

    /// <summary>An activity kind as the report tables head it (the same words as the web UI).</summary>
    public static string OfActivity(string kind) => kind switch
    {
        ActivityKinds.Banners => "Băng rôn, khẩu hiệu",
        ActivityKinds.Articles => "Tin, bài đã đăng",
        ActivityKinds.Broadcasts => "Lượt phát thanh",
        ActivityKinds.Events => "Sự kiện, hội nghị",
        ActivityKinds.Participants => "Lượt người tham gia",
        ActivityKinds.Other => "Hoạt động khác",
        _ => kind,
    };

    public static string Of(UnitReportStatus status) => status switch
    {
        UnitReportStatus.NotStarted => "Chưa báo cáo",
        UnitReportStatus.Draft => "Đang soạn, chưa gửi",
        UnitReportStatus.Submitted => "Đúng hạn",
        UnitReportStatus.Late => "Trễ hạn",
        _ => status.ToString(),
    };
}
