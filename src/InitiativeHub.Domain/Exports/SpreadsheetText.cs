namespace InitiativeHub.Domain.Exports;

/// <summary>
/// Text that goes into a spreadsheet cell a user may open in Excel or LibreOffice (CWE-1236, OWASP ASVS V1.2.10):
/// a cell starting with <c>= + - @</c>, a tab, a carriage return or NUL would be read as a formula when the file
/// is opened or re-imported, so such text gets a leading apostrophe and is shown as typed.
/// </summary>
public static class SpreadsheetText
{
    public static bool IsDangerous(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0';

    public static string Neutralize(string? text) =>
        text is null ? string.Empty : IsDangerous(text) ? "'" + text : text;
}
