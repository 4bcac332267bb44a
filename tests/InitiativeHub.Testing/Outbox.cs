using System.Text;

namespace InitiativeHub.Testing;

/// <summary>Reads the .eml files the host's mail outbox wrote into its data folder, decoded, as a mail client would.</summary>
public static class Outbox
{
    /// <summary>Headers and decoded body of each message to <paramref name="to"/>, waiting up to 15 s for at least <paramref name="atLeast"/>.</summary>
    public static async Task<IReadOnlyList<string>> WaitForMailsAsync(string dataPath, string to, int atLeast, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        IReadOnlyList<string> mails = [];
        while (DateTime.UtcNow < deadline)
        {
            mails = ReadMails(dataPath, to);
            if (mails.Count >= atLeast)
            {
                break;
            }

            await Task.Delay(200, cancellationToken);
        }

        return mails;
    }

    /// <summary>Headers and decoded body of each message to <paramref name="to"/> in the outbox now.</summary>
    public static IReadOnlyList<string> ReadMails(string dataPath, string to)
    {
        var folder = Path.Combine(dataPath, "outbox");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText).Where(m => m.Contains($"To: {to}", StringComparison.Ordinal)).Select(Decode).ToList()
            : [];
    }

    private static string Decode(string eml)
    {
        var parts = eml.Split("\r\n\r\n", 2);
        var body = Encoding.UTF8.GetString(Convert.FromBase64String(parts[1].Replace("\r\n", string.Empty, StringComparison.Ordinal)));
        return parts[0] + "\n" + body;
    }
}
