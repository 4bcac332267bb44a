namespace InitiativeHub.Domain.Campaigns;

/// <summary>What already relies on a campaign's settings, read before an edit is checked.</summary>
/// <param name="CategoriesInUse">Categories that entries (any status) or panels refer to.</param>
/// <param name="AttachmentTypesInUse">Content types of the attachments entries already hold.</param>
/// <param name="HasAssignments">Whether judges have been assigned to any entry.</param>
public sealed record CampaignUsage(IReadOnlySet<Guid> CategoriesInUse, IReadOnlySet<string> AttachmentTypesInUse, bool HasAssignments)
{
    /// <summary>Nothing relies on the campaign yet.</summary>
    public static CampaignUsage None { get; } = new(new HashSet<Guid>(), new HashSet<string>(StringComparer.OrdinalIgnoreCase), false);
}
