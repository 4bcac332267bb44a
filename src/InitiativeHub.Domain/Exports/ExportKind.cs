namespace InitiativeHub.Domain.Exports;

/// <summary>Which document an export produces.</summary>
public enum ExportKind
{
    /// <summary>Danh sách khen thưởng: individuals and collectives with their award.</summary>
    AwardeeList,

    /// <summary>Dự thảo Quyết định khen thưởng with the list attached.</summary>
    DecisionDraft,

    /// <summary>Biên bản họp Hội đồng.</summary>
    CouncilMinutes,

    /// <summary>Phiếu chấm: one worksheet per judge.</summary>
    ScoreSheets,

    /// <summary>Báo cáo kết quả to the superior body (directives).</summary>
    ResultsReport,

    /// <summary>The campaign's entries.</summary>
    Entries,
}
