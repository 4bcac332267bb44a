namespace InitiativeHub.Infrastructure.Attachments;

/// <summary>
/// The account name and key inside an Azure Storage connection string: the key signs SAS URLs. A class, not a record,
/// so no generated ToString ever prints the key.
/// </summary>
internal sealed class AzureStorageConnectionString(string accountName, string accountKey)
{
    // The emulator's published, well-known development account (not a secret).
    private const string DevelopmentAccountName = "devstoreaccount1";
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public string AccountName { get; } = accountName;

    public string AccountKey { get; } = accountKey;

    public static AzureStorageConnectionString Parse(string connectionString)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Values (base64 keys) may contain '=': split at the first one only.
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                parts[part[..equals].Trim()] = part[(equals + 1)..].Trim();
            }
        }

        if (parts.TryGetValue("UseDevelopmentStorage", out var development) && bool.TryParse(development, out var isDevelopment) && isDevelopment)
        {
            return new AzureStorageConnectionString(DevelopmentAccountName, DevelopmentAccountKey);
        }

        return parts.TryGetValue("AccountName", out var name) && parts.TryGetValue("AccountKey", out var key)
            && name.Length > 0 && key.Length > 0
            ? new AzureStorageConnectionString(name, key)
            : throw new InvalidOperationException(
                "ConnectionStrings:Blobs must contain AccountName and AccountKey: the account key signs the attachment URLs.");
    }
}
