using System.Globalization;
using InitiativeHub.Bench.Scenarios;

namespace InitiativeHub.Bench;

/// <summary>The command line: which scenarios, on which providers, for how long.</summary>
public sealed class BenchOptions
{
    public const string Usage = """
        Usage: InitiativeHub.Bench [throughput] [latency] [coldstart] [export] [exportjob] [judging] [options]   (no scenario: all six)
          --providers sqlite,postgres   databases to run on (default: both)
          --clients 1,64                closed-loop client counts for throughput (default: 1,64)
          --rounds 3                    app/baseline round pairs per client count or export size (default: 3)
          --warmup 10                   seconds of unmeasured warm-up before each measured window (default: 10)
          --duration 20                 measured seconds per throughput round and side (default: 20)
          --rate 25                     submitEntry arrivals per second for the latency run (default: 25)
          --latency-duration 60         measured seconds of the latency run; the goal says 900 (default: 60)
          --cold-starts 5               cold-start runs (default: 5)
          --compare-host <dll>          cold start only: another build of InitiativeHub.Host.dll (e.g. an older commit's
                                        output copied aside), started alternately with this one in each run
          --sheet-rate 200              submitScoreSheet arrivals per second in the judging run (default: 200)
          --ranking-rate 500            ranking queries per second in the judging run (default: 500)
          --ranking-entries 20000       least number of entries in the judging campaign (default: 20000)
                                        (the judging run lasts --latency-duration, after a warm-up of at most 10 s)
          --export-sizes 10000,50000,200000   awardee counts of the export-job run, one fresh host each (default: 10000,50000,200000)
          --results bench/results       folder of results.md and results.jsonl (default: bench/results)
        """;

    public HashSet<string> Scenarios { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<Provider> Providers { get; private set; } = [Provider.Sqlite, Provider.Postgres];

    public List<int> Clients { get; private set; } = [1, 64];

    public int Rounds { get; private set; } = 3;

    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(10);

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(20);

    public double Rate { get; private set; } = 25;

    public TimeSpan LatencyDuration { get; private set; } = TimeSpan.FromSeconds(60);

    public int ColdStarts { get; private set; } = 5;

    /// <summary>Another host build to compare cold starts with, started alternately with the current one.</summary>
    public string? CompareHost { get; private set; }

    public double SheetRate { get; private set; } = 200;

    public double RankingRate { get; private set; } = 500;

    public int RankingEntries { get; private set; } = 20_000;

    public List<int> ExportSizes { get; private set; } = [10_000, 50_000, 200_000];

    public string ResultsFolder { get; private set; } = Path.Combine("bench", "results");

    public bool Runs(string scenario) => Scenarios.Count == 0 || Scenarios.Contains(scenario);

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            var inv = CultureInfo.InvariantCulture;
            switch (args[i])
            {
                case "throughput" or "latency" or "coldstart" or "export" or "exportjob" or "judging":
                    options.Scenarios.Add(args[i]);
                    break;
                case "--providers":
                    options.Providers = [.. Value().Split(',').Select(p => Enum.Parse<Provider>(p, ignoreCase: true))];
                    break;
                case "--clients":
                    options.Clients = [.. Value().Split(',').Select(c => int.Parse(c, inv))];
                    break;
                case "--rounds":
                    options.Rounds = int.Parse(Value(), inv);
                    break;
                case "--warmup":
                    options.Warmup = TimeSpan.FromSeconds(double.Parse(Value(), inv));
                    break;
                case "--duration":
                    options.Duration = TimeSpan.FromSeconds(double.Parse(Value(), inv));
                    break;
                case "--rate":
                    options.Rate = double.Parse(Value(), inv);
                    break;
                case "--latency-duration":
                    options.LatencyDuration = TimeSpan.FromSeconds(double.Parse(Value(), inv));
                    break;
                case "--cold-starts":
                    options.ColdStarts = int.Parse(Value(), inv);
                    break;
                case "--compare-host":
                    options.CompareHost = Path.GetFullPath(Value());
                    break;
                case "--sheet-rate":
                    options.SheetRate = double.Parse(Value(), inv);
                    break;
                case "--ranking-rate":
                    options.RankingRate = double.Parse(Value(), inv);
                    break;
                case "--ranking-entries":
                    options.RankingEntries = int.Parse(Value(), inv);
                    break;
                case "--export-sizes":
                    options.ExportSizes = [.. Value().Split(',').Select(c => int.Parse(c, inv))];
                    break;
                case "--results":
                    options.ResultsFolder = Value();
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }

        return options.Rounds < 1 || options.Clients.Any(c => c < 1) || options.Rate <= 0 || options.ColdStarts < 1
            || options.SheetRate <= 0 || options.RankingRate <= 0 || options.RankingEntries < 1 || options.ExportSizes.Any(n => n < 1)
            ? throw new ArgumentException("Rounds, clients, rates, cold starts, ranking entries and export sizes must be positive.")
            : options;
    }
}
