using System.Net;
using InitiativeHub.Application.Notifications;
using InitiativeHub.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace InitiativeHub.Host.Identity;

/// <summary>
/// The account emails (confirmation, password reset) in Vietnamese, sent through the mail transport. Identity hands
/// over links HTML-encoded; these mails are plain text, so they are decoded back.
/// </summary>
public sealed class IdentityEmailSender(IMailTransport transport) : IEmailSender<AppUser>
{
    public Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink) =>
        transport.SendAsync(
            new MailMessage(email, "Xác nhận địa chỉ email InitiativeHub", $"Xin chào {NameOf(user, email)},\n\nVui lòng xác nhận địa chỉ email của bạn bằng cách mở liên kết sau:\n{WebUtility.HtmlDecode(confirmationLink)}\n"),
            CancellationToken.None);

    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink) =>
        transport.SendAsync(
            new MailMessage(email, "Đặt lại mật khẩu InitiativeHub", $"Xin chào {NameOf(user, email)},\n\nMở liên kết sau để đặt lại mật khẩu:\n{WebUtility.HtmlDecode(resetLink)}\n"),
            CancellationToken.None);

    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode) =>
        transport.SendAsync(
            new MailMessage(email, "Mã đặt lại mật khẩu InitiativeHub", $"Xin chào {NameOf(user, email)},\n\nMã đặt lại mật khẩu của bạn là:\n{resetCode}\n\nNếu bạn không yêu cầu, hãy bỏ qua thư này.\n"),
            CancellationToken.None);

    private static string NameOf(AppUser user, string email) => string.IsNullOrWhiteSpace(user.FullName) ? email : user.FullName;
}
