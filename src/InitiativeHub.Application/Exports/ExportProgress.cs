namespace InitiativeHub.Application.Exports;

/// <summary>
/// Counts the rows a document writes against the total it announced and reports whole percentages (0–99; the job
/// reaches 100 only when its file is stored). Reports only when the percentage changes.
/// </summary>
public sealed class ExportProgress(long totalRows, Action<int> report)
{
    private long _written;
    private int _reported = -1;

    public static ExportProgress None { get; } = new(0, _ => { });

    public long Written => _written;

    public void Row()
    {
        _written++;
        var percent = totalRows <= 0 ? 99 : (int)Math.Min(99, _written * 100 / totalRows);
        if (percent != _reported)
        {
            _reported = percent;
            report(percent);
        }
    }
}
