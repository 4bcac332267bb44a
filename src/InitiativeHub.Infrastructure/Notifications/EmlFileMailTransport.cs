using System.Globalization;
using System.Text;
using InitiativeHub.Application.Notifications;
using InitiativeHub.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace InitiativeHub.Infrastructure.Notifications;

/// <summary>
/// Writes each message as an RFC 5322 .eml file under <c>{DataPath}/outbox</c>: a mail client opens it, an operator
/// can forward it, and nothing is lost on a machine without a mail server.
/// </summary>
public sealed class EmlFileMailTransport(IOptions<InitiativeHubOptions> options, TimeProvider clock) : IMailTransport
{
    public const string FromAddress = "InitiativeHub <no-reply@initiativehub.local>";

    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        var outbox = Path.Combine(options.Value.FullDataPath, "outbox");
        Directory.CreateDirectory(outbox);
        var now = clock.GetUtcNow();
        var fileName = $"{now:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(outbox, fileName + ".tmp");
        await File.WriteAllTextAsync(temporary, Render(message, now), new UTF8Encoding(false), cancellationToken);
        // Rename last, so a reader of the outbox never sees half a message.
        File.Move(temporary, Path.Combine(outbox, fileName));
    }

    public static string Render(MailMessage message, DateTimeOffset date)
    {
        var builder = new StringBuilder();
        builder.Append("From: ").Append(FromAddress).Append("\r\n");
        builder.Append("To: ").Append(message.To).Append("\r\n");
        builder.Append("Subject: ").Append(EncodeHeader(message.Subject)).Append("\r\n");
        builder.Append("Date: ").Append(date.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture)).Append("\r\n");
        builder.Append("MIME-Version: 1.0\r\n");
        builder.Append("Content-Type: text/plain; charset=utf-8\r\n");
        builder.Append("Content-Transfer-Encoding: base64\r\n\r\n");
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes(message.TextBody));
        for (var i = 0; i < body.Length; i += 76)
        {
            builder.Append(body.AsSpan(i, Math.Min(76, body.Length - i))).Append("\r\n");
        }

        return builder.ToString();
    }

    private static string EncodeHeader(string value) =>
        value.All(char.IsAscii) ? value : $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";
}
