using InitiativeHub.Domain.Common;

namespace InitiativeHub.Domain.Exports;

/// <summary>
/// Which formats each document is produced in, its file extension and content type. The official documents are
/// DOCX only (their layout is the point); the lists are spreadsheets; PDF is not produced by this build.
/// </summary>
public static class ExportCatalog
{
    private static readonly Dictionary<ExportKind, ExportFormat[]> Formats = new()
    {
        [ExportKind.AwardeeList] = [ExportFormat.Xlsx, ExportFormat.Csv, ExportFormat.Docx],
        [ExportKind.DecisionDraft] = [ExportFormat.Docx],
        [ExportKind.CouncilMinutes] = [ExportFormat.Docx],
        [ExportKind.ScoreSheets] = [ExportFormat.Xlsx],
        [ExportKind.ResultsReport] = [ExportFormat.Docx, ExportFormat.Xlsx],
        [ExportKind.Entries] = [ExportFormat.Xlsx],
    };

    public static IReadOnlyList<ExportFormat> FormatsOf(ExportKind kind) => Formats[kind];

    public static bool Supports(ExportKind kind, ExportFormat format) => Formats[kind].Contains(format);

    /// <summary>Throws UNSUPPORTED_EXPORT_FORMAT naming the formats that are produced.</summary>
    public static void EnsureSupported(ExportKind kind, ExportFormat format)
    {
        if (!Supports(kind, format))
        {
            throw new DomainException(
                ExportErrorCodes.UnsupportedExportFormat,
                $"Tài liệu này chỉ xuất được dưới dạng {string.Join(", ", Formats[kind].Select(f => f.ToString().ToUpperInvariant()))}.",
                "format");
        }
    }

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "xlsx",
        ExportFormat.Csv => "csv",
        ExportFormat.Docx => "docx",
        ExportFormat.Pdf => "pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ExportFormat.Pdf => "application/pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The Vietnamese file name stem users see, e.g. "Danh sách khen thưởng".</summary>
    public static string FileStem(ExportKind kind) => kind switch
    {
        ExportKind.AwardeeList => "Danh sách khen thưởng",
        ExportKind.DecisionDraft => "Dự thảo Quyết định khen thưởng",
        ExportKind.CouncilMinutes => "Biên bản họp Hội đồng",
        ExportKind.ScoreSheets => "Phiếu chấm",
        ExportKind.ResultsReport => "Báo cáo kết quả",
        ExportKind.Entries => "Danh sách hồ sơ",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
