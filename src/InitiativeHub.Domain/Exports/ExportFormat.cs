namespace InitiativeHub.Domain.Exports;

/// <summary>The file format of an export.</summary>
public enum ExportFormat
{
    Xlsx,
    Csv,
    Docx,
    Pdf,
}
