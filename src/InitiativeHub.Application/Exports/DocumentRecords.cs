namespace InitiativeHub.Application.Exports;

/// <summary>The body that issues a document: its governing body (not bold), its own name, and the place it sits in.</summary>
public sealed record IssuingBody(string? ParentAuthority, string Name, string Place);

/// <summary>Who signs: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / name (empty in a draft).</summary>
public sealed record Signer(string? Authority, string Title, string? Name);

public enum AwardeeKind
{
    Individual,
    Collective,
}

/// <summary>One line of the awardee list (Danh sách khen thưởng).</summary>
public sealed record AwardeeRow(AwardeeKind Kind, string FullName, string? Position, string? Unit, string Achievement, string AwardForm, decimal? Score);

/// <summary>
/// The awardee list: individuals (section I) then collectives (section II), streamed; <see cref="TotalRows"/> is the
/// count announced for progress.
/// </summary>
public sealed record AwardeeListData(
    IssuingBody Issuer,
    string Title,
    string? Reference,
    DateOnly Date,
    long TotalRows,
    IAsyncEnumerable<AwardeeRow> Individuals,
    IAsyncEnumerable<AwardeeRow> Collectives);

/// <summary>
/// A draft award decision (Quyết định khen thưởng): number (null leaves a blank to fill in at signing), the deciding
/// authority, legal bases, articles 1–3, signer, recipients and the attached list.
/// </summary>
public sealed record DecisionDraftData(
    IssuingBody Issuer,
    int? Number,
    string Symbol,
    DateOnly Date,
    string Summary,
    string Authority,
    IReadOnlyList<string> Bases,
    IReadOnlyList<string> Articles,
    Signer Signer,
    IReadOnlyList<string> Recipients,
    AwardeeListData Annex);

/// <summary>A member at the council meeting.</summary>
public sealed record CouncilAttendee(string FullName, string Role, string? Position);

/// <summary>The council's conclusion on one entry.</summary>
public sealed record CouncilResultRow(string Title, string Authors, decimal? Score, int VotesFor, int VotesCast, string Conclusion);

/// <summary>The minutes of the council meeting (Biên bản họp Hội đồng), in the council's own number series.</summary>
public sealed record CouncilMinutesData(
    IssuingBody Issuer,
    string CouncilName,
    int? Number,
    string Symbol,
    DateOnly Date,
    string Subject,
    string TimeAndPlace,
    IReadOnlyList<CouncilAttendee> Attendees,
    IReadOnlyList<string> Proceedings,
    IReadOnlyList<CouncilResultRow> Results,
    Signer Secretary,
    Signer Chair);

/// <summary>One entry in the ENTRIES workbook (labels already in Vietnamese).</summary>
public sealed record EntryExportRow(
    string? ReceiptNumber, string Title, string Category, string Kind, string Authors, string? Unit, string Status, DateTimeOffset? SubmittedAt);

/// <summary>The campaign's entries, streamed.</summary>
public sealed record EntriesExportData(string CampaignTitle, string OrganizerName, long TotalRows, IAsyncEnumerable<EntryExportRow> Rows);

/// <summary>One sheet row of a judge: scores in the rubric's criterion order.</summary>
public sealed record JudgeSheetRow(string? ReceiptNumber, string Title, IReadOnlyList<decimal?> Scores, decimal? Total, string? Comment, string Status);

/// <summary>A judge's worksheet.</summary>
public sealed record JudgeSheets(string JudgeName, string PanelName, IReadOnlyList<JudgeSheetRow> Rows);

/// <summary>The SCORE_SHEETS workbook: the rubric's criteria and one sheet per judge.</summary>
public sealed record ScoreSheetsExportData(string CampaignTitle, IReadOnlyList<string> Criteria, IReadOnlyList<JudgeSheets> Judges);

/// <summary>One organization's line in the results report's tables: its report status and figures in column order.</summary>
public sealed record ResultsReportRow(string OrganizationName, string Status, IReadOnlyList<int> Figures);

/// <summary>
/// A results report (Báo cáo kết quả thực hiện) to the superior body in the Nghị định 30/2020 layout, with its annex of
/// figures: the issuing body, "Số: …/BC-…", the subject, the addressee (Kính gửi; null when there is none above),
/// sections I–V as paragraphs, the figure columns with one row per organization and the totals, signer and Nơi nhận.
/// <see cref="Consolidated"/> is true when the issuer of the directive reports over all its recipients.
/// </summary>
public sealed record ResultsReportData(
    IssuingBody Issuer,
    string Symbol,
    DateOnly Date,
    string Subject,
    string? Addressee,
    bool Consolidated,
    IReadOnlyList<string> Direction,
    IReadOnlyList<string> Results,
    IReadOnlyList<string> Assessment,
    IReadOnlyList<string> Outlook,
    IReadOnlyList<string> Recommendations,
    IReadOnlyList<string> FigureColumns,
    IReadOnlyList<ResultsReportRow> Rows,
    IReadOnlyList<int> Totals,
    Signer Signer,
    IReadOnlyList<string> Recipients);
