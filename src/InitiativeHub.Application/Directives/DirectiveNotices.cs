using InitiativeHub.Application.Common.Time;
using InitiativeHub.Application.Notifications;
using InitiativeHub.Domain.Directives;

namespace InitiativeHub.Application.Directives;

/// <summary>The Vietnamese notices of directives: received, reminded, a report arrived.</summary>
public static class DirectiveNotices
{
    public static NotificationRequest Received(Guid userId, Directive directive, string recipientName) => new(
        userId,
        "directive-received",
        $"Văn bản chỉ đạo số {directive.Code}",
        $"{directive.IssuerName} gửi {recipientName} văn bản số {directive.Code}: {directive.Title}.\nHạn báo cáo: {VietnamTime.FormatDateTime(directive.ReportDueAt)}.\n",
        null);

    public static NotificationRequest Reminder(Guid userId, Directive directive, string recipientName, int daysBefore) => new(
        userId,
        "directive-reminder",
        $"Nhắc hạn báo cáo văn bản số {directive.Code}",
        $"{recipientName} chưa gửi báo cáo theo văn bản số {directive.Code} của {directive.IssuerName}.\nHạn báo cáo: {VietnamTime.FormatDateTime(directive.ReportDueAt)} (còn {daysBefore} ngày).\n",
        null);

    public static NotificationRequest ReportSubmitted(Guid userId, Directive directive, UnitReport report) => new(
        userId,
        "unit-report-submitted",
        $"{report.OrganizationName} đã gửi báo cáo văn bản số {directive.Code}",
        $"{report.OrganizationName} gửi báo cáo lúc {VietnamTime.FormatDateTime(report.SubmittedAt!.Value)}{(report.Status == UnitReportStatus.Late ? " (quá hạn)" : string.Empty)}.\n",
        null);
}
