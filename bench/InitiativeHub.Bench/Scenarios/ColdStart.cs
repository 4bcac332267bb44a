using System.Globalization;
using InitiativeHub.Bench.Reporting;
using InitiativeHub.Testing;

namespace InitiativeHub.Bench.Scenarios;

/// <summary>
/// Cold start to the first 200 on <c>/health/ready</c> (goal L9: under 10 s): a new process each time, measured from
/// process start (the dotnet launcher included) by polling every 50 ms. Two cases per run: an empty data folder
/// (database created and migrated, administrator bootstrapped) and a restart on that now-existing folder. With
/// <c>--compare-host</c>, each run starts the other build too, in alternating order, so both see the same load.
/// </summary>
public sealed class ColdStart(BenchOptions options, ResultsLog results)
{
    private const double GoalSeconds = 10;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine($"== Cold start, {options.ColdStarts} runs{(options.CompareHost is null ? string.Empty : $", alternating with {options.CompareHost}")}");
        var builds = new List<Build> { new("this build", null) };
        if (options.CompareHost is not null)
        {
            builds.Add(new Build("compared build", options.CompareHost));
        }

        for (var run = 0; run < options.ColdStarts; run++)
        {
            // Alternate which build goes first, so neither always meets the other's leftovers (page cache, load).
            foreach (var build in run % 2 == 0 ? builds : Enumerable.Reverse(builds))
            {
                var load = Machine.LoadAverage();
                var dataPath = Directory.CreateTempSubdirectory("initiativehub-bench-start-").FullName;
                await using (var first = await HostProcess.StartBuildAsync(build.Assembly, dataPath: dataPath, cancellationToken: cancellationToken))
                {
                    build.Fresh.Add(first.ReadyAfter.TotalSeconds);
                }

                await using (var second = await HostProcess.StartBuildAsync(build.Assembly, dataPath: dataPath, cancellationToken: cancellationToken))
                {
                    build.Restart.Add(second.ReadyAfter.TotalSeconds);
                }

                build.Loads.Add(load);
                Console.WriteLine($"   run {run + 1}, {build.Name}: empty folder {build.Fresh[^1]:F2} s, restart {build.Restart[^1]:F2} s (load {load:F1})");
                TryDelete(dataPath);
            }
        }

        IReadOnlyList<string> Row(Build build, string kind, List<double> seconds)
        {
            var sorted = seconds.Order().ToList();
            return
            [
                build.Name, kind, seconds.Count.ToString(CultureInfo.InvariantCulture), ResultsLog.Num(sorted[0], "F2"), ResultsLog.Num(SubmissionThroughput.Median(sorted), "F2"),
                ResultsLog.Num(sorted[^1], "F2"), $"< {GoalSeconds} s", sorted[^1] < GoalSeconds ? "PASS" : "FAIL",
            ];
        }

        foreach (var build in builds)
        {
            results.Record("cold-start", new
            {
                build = build.Name, hostAssembly = build.Assembly, freshSeconds = build.Fresh, restartSeconds = build.Restart, loadAverages = build.Loads, goalSeconds = GoalSeconds,
            });
        }

        results.Table(
            "Cold start to first 200 on /health/ready (SQLite, Production environment)",
            ["build", "case", "runs", "min s", "median s", "max s", "goal", "verdict (max)"],
            [.. builds.SelectMany(b => new[] { Row(b, "empty data folder (migrate + bootstrap)", b.Fresh), Row(b, "restart on existing folder", b.Restart) })],
            string.Join(" ", builds.Select(b => $"Load average at each start, {b.Name}: {string.Join(", ", b.Loads.Select(l => l.ToString("F1", CultureInfo.InvariantCulture)))}."))
                + (options.CompareHost is null ? string.Empty : $" Compared build: {options.CompareHost}."));
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

    private sealed record Build(string Name, string? Assembly)
    {
        public List<double> Fresh { get; } = [];

        public List<double> Restart { get; } = [];

        public List<double> Loads { get; } = [];
    }
}
