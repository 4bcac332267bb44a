namespace InitiativeHub.Domain.Campaigns;

/// <summary>Stable error codes of campaign editing. Never rename one; add new ones.</summary>
public static class CampaignErrorCodes
{
    /// <summary>A field cannot change in the campaign's phase (or because entries, panels or judges already rely on it).</summary>
    public const string FieldLocked = "CAMPAIGN_FIELD_LOCKED";
}
