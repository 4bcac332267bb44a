using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InitiativeHub.Bench.Reporting;

/// <summary>
/// Where results go: each scenario prints its table, and appends it to <c>results.md</c> (read by people) and one
/// JSON object per result to <c>results.jsonl</c> (read by scripts) in the results folder.
/// </summary>
public sealed class ResultsLog(string folder, IReadOnlyDictionary<string, string> machine)
{
    // Why named literals: a run in which every operation failed has no latency, and its NaN percentiles must still be logged.
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string RunId { get; } = DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public void Begin(string commandLine)
    {
        Directory.CreateDirectory(folder);
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"## Run {RunId}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `{commandLine}`")
            .AppendLine()
            .AppendLine(string.Join("; ", machine.Select(p => $"{p.Key}: {p.Value}")))
            .AppendLine();
        Append(text.ToString());
    }

    /// <summary>Prints and appends a table; <paramref name="notes"/> follow it as plain lines.</summary>
    public void Table(string title, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, params string[] notes)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"### {title}")
            .AppendLine()
            .AppendLine("| " + string.Join(" | ", header) + " |")
            .AppendLine("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
        {
            text.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        text.AppendLine();
        foreach (var note in notes)
        {
            text.AppendLine(note).AppendLine();
        }

        Console.Write(text.ToString());
        Append(text.ToString());
    }

    /// <summary>Appends one result (a scenario's figures) as a JSON line with the run and machine.</summary>
    public void Record(string scenario, object figures)
    {
        Directory.CreateDirectory(folder);
        var line = JsonSerializer.Serialize(new { run = RunId, scenario, at = DateTimeOffset.UtcNow, machine, figures }, Json);
        File.AppendAllText(Path.Combine(folder, "results.jsonl"), line + "\n");
    }

    private void Append(string markdown) => File.AppendAllText(Path.Combine(folder, "results.md"), markdown);

    public static string Ms(double value) => double.IsNaN(value) ? "–" : value.ToString("F1", CultureInfo.InvariantCulture);

    public static string Num(double value, string format = "F1") => value.ToString(format, CultureInfo.InvariantCulture);
}
