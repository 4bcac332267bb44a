namespace InitiativeHub.Domain.Exports;

/// <summary>Stable error codes of exports. Never rename one; add new ones.</summary>
public static class ExportErrorCodes
{
    /// <summary>The document is not produced in the asked format (e.g. DECISION_DRAFT as XLSX, anything as PDF).</summary>
    public const string UnsupportedExportFormat = "UNSUPPORTED_EXPORT_FORMAT";

    /// <summary>The data the document is made of does not exist yet (no approved awards, no council vote).</summary>
    public const string ExportDataNotAvailable = "EXPORT_DATA_NOT_AVAILABLE";

    /// <summary>The job has not succeeded, so there is no file to download.</summary>
    public const string ExportNotReady = "EXPORT_NOT_READY";
}
