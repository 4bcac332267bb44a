using System.Globalization;
using InitiativeHub.Bench.Reporting;
using InitiativeHub.Testing;

namespace InitiativeHub.Bench.Scenarios;

/// <summary>
/// Cold start to the first 200 on <c>/health/ready</c> (goal L9: under 10 s): a new process each time, measured from
/// process start (the dotnet launcher included) by polling every 50 ms. Two cases per run: an empty data folder
/// (database created and migrated, administrator bootstrapped) and a restart on that now-existing folder.
/// </summary>
public sealed class ColdStart(BenchOptions options, ResultsLog results)
{
    private const double GoalSeconds = 10;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine($"== Cold start, {options.ColdStarts} runs");
        var fresh = new List<double>();
        var restart = new List<double>();
        var loads = new List<double>();
        for (var run = 0; run < options.ColdStarts; run++)
        {
            loads.Add(Machine.LoadAverage());
            var dataPath = Directory.CreateTempSubdirectory("initiativehub-bench-start-").FullName;
            await using (var first = await HostProcess.StartAsync(dataPath: dataPath, cancellationToken: cancellationToken))
            {
                fresh.Add(first.ReadyAfter.TotalSeconds);
            }

            await using (var second = await HostProcess.StartAsync(dataPath: dataPath, cancellationToken: cancellationToken))
            {
                restart.Add(second.ReadyAfter.TotalSeconds);
            }

            Console.WriteLine($"   run {run + 1}: empty folder {fresh[^1]:F2} s, restart {restart[^1]:F2} s (load {loads[^1]:F1})");
            TryDelete(dataPath);
        }

        IReadOnlyList<string> Row(string kind, List<double> seconds)
        {
            var sorted = seconds.Order().ToList();
            return
            [
                kind, seconds.Count.ToString(CultureInfo.InvariantCulture), ResultsLog.Num(sorted[0], "F2"), ResultsLog.Num(SubmissionThroughput.Median(sorted), "F2"),
                ResultsLog.Num(sorted[^1], "F2"), $"< {GoalSeconds} s", sorted[^1] < GoalSeconds ? "PASS" : "FAIL",
            ];
        }

        results.Record("cold-start", new { freshSeconds = fresh, restartSeconds = restart, loadAverages = loads, goalSeconds = GoalSeconds });
        results.Table(
            "Cold start to first 200 on /health/ready (SQLite, Production environment)",
            ["case", "runs", "min s", "median s", "max s", "goal", "verdict (max)"],
            [Row("empty data folder (migrate + bootstrap)", fresh), Row("restart on existing folder", restart)],
            $"Load average at each start: {string.Join(", ", loads.Select(l => l.ToString("F1", CultureInfo.InvariantCulture)))}.");
    }

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the exiting process; the temporary folder is left for the system to clean.
        }
    }
}
