namespace InitiativeHub.Application.Exports;

/// <summary>A finished export's bytes with the name and type to serve them under; the caller disposes the stream.</summary>
public sealed record ExportDownload(Stream Content, string FileName, string ContentType);
