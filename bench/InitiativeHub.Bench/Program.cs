using InitiativeHub.Bench;
using InitiativeHub.Bench.Reporting;
using InitiativeHub.Bench.Scenarios;
using InitiativeHub.Testing;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var results = new ResultsLog(Path.GetFullPath(options.ResultsFolder), Machine.Describe(RepositoryPaths.Root));
results.Begin("InitiativeHub.Bench " + string.Join(' ', args));

if (options.Runs("coldstart"))
{
    await new ColdStart(options, results).RunAsync(cancellation.Token);
}

if (options.Runs("export"))
{
    await new AwardeeExport(options, results).RunAsync(cancellation.Token);
}

if (options.Runs("exportjob"))
{
    await new AwardeeExportJob(options, results).RunAsync(cancellation.Token);
}

foreach (var provider in options.Providers)
{
    if (options.Runs("latency"))
    {
        await new SubmitLatency(options, results).RunAsync(provider, cancellation.Token);
    }

    if (options.Runs("throughput"))
    {
        await new SubmissionThroughput(options, results).RunAsync(provider, cancellation.Token);
    }

    if (options.Runs("judging"))
    {
        await new JudgingLatency(options, results).RunAsync(provider, cancellation.Token);
    }
}

Console.WriteLine($"Results appended to {Path.GetFullPath(options.ResultsFolder)}/results.md and results.jsonl");
return 0;
