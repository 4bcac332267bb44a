using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.Domain.Judging;

/// <summary>
/// Who sees which rows of a campaign's ranking. Organizers see all of it. A member of one of the campaign's panels sees
/// it while the phase lets judges read others' sheets, but only the rows of entries whose own sheet they have
/// submitted: a row shows other judges' totals in aggregate, so it must reveal no more than those sheets would
/// (independent scoring). Everyone else sees nothing.
/// </summary>
public static class RankingVisibility
{
    public static RankingScope For(
        Guid? viewerId, bool isOrganizer, IEnumerable<Panel> panelsOfCampaign, PhasePermissions permissions, IEnumerable<ScoreSheet> viewerSheets)
    {
        if (isOrganizer)
        {
            return RankingScope.All;
        }

        if (viewerId is not { } userId || !permissions.JudgesSeeOtherSheetsAfterOwn || !panelsOfCampaign.Any(p => p.IsMember(userId)))
        {
            return RankingScope.None;
        }

        return RankingScope.Only(viewerSheets.Where(s => s.JudgeId == userId && s.Status == ScoreSheetStatus.Submitted).Select(s => s.EntryId));
    }
}
