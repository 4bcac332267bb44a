using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InitiativeHub.Application.Exports;
using InitiativeHub.Bench.Reporting;
using InitiativeHub.Infrastructure.Exports.Documents;

namespace InitiativeHub.Bench.Scenarios;

/// <summary>
/// The awardee list as XLSX (goal R9: within 2× a bare streaming writer on the same rows, heap flat in N) at 50,000
/// and 200,000 awardees. App = the product's <see cref="AwardeeListDocument.WriteXlsxAsync"/> (sections, numbering,
/// styles, formula guard); baseline = a bare <see cref="OpenXmlWriter"/> sheet of the same seven columns, inline
/// strings, no styles. Rows are generated on the fly from a fixed seed for both, so neither holds them in memory;
/// both write a file in the same temporary folder. The peak managed heap above the start is sampled every 5 ms.
/// One unmeasured warm-up round of both writers at 50,000 rows comes first. This measures the writer, not the database
/// read or the HTTP download in front of it (the <c>exportjob</c> scenario, <see cref="AwardeeExportJob"/>, does).
/// </summary>
public sealed class AwardeeExport(BenchOptions options, ResultsLog results)
{
    private const double GoalRatio = 2.0;
    private const double GoalHeapGrowth = 1.2;

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
    private static readonly string[] GivenNames = ["Văn An", "Thị Bích Ngọc", "Minh Đức", "Thu Hằng", "Quốc Huy", "Thị Lan", "Đức Thắng", "Hải Yến"];
    private static readonly string[] Units = ["UBND phường Trần Hưng Đạo", "UBND phường Đông Kinh", "Trường THCS Chi Lăng", "Trạm Y tế phường Vĩnh Trại"];
    private static readonly string[] Achievements =
    [
        "Có sáng kiến ứng dụng Zalo OA tra cứu thủ tục hành chính, giảm 40% lượt người dân đến hỏi tại bộ phận một cửa",
        "Hoàn thành xuất sắc nhiệm vụ chuyển đổi số năm 2026",
        "Số hóa hồ sơ tổ dân phố, rút ngắn thời gian giải quyết thủ tục",
    ];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine("== Awardee list XLSX export");
        var folder = Directory.CreateTempSubdirectory("initiativehub-bench-export-").FullName;
        var rows = new List<IReadOnlyList<string>>();
        var peakApp = new Dictionary<int, double>();
        try
        {
            // An unmeasured round first: otherwise the first measured round of the smaller size pays the JIT and the
            // first use of both writers (the 50k round 1 of the first run was 2.9× for that reason alone).
            Console.WriteLine("   warm-up round (not measured)");
            await MeasureAsync(Path.Combine(folder, "app.xlsx"), path => WriteProductAsync(path, 50_000, cancellationToken));
            await MeasureAsync(Path.Combine(folder, "bare.xlsx"), path => WriteBareAsync(path, 50_000, cancellationToken));
            foreach (var count in new[] { 50_000, 200_000 })
            {
                var ratios = new List<double>();
                for (var round = 1; round <= options.Rounds; round++)
                {
                    var load = Machine.LoadAverage();
                    var app = await MeasureAsync(Path.Combine(folder, "app.xlsx"), path => WriteProductAsync(path, count, cancellationToken));
                    var bare = await MeasureAsync(Path.Combine(folder, "bare.xlsx"), path => WriteBareAsync(path, count, cancellationToken));
                    var ratio = app.Seconds / bare.Seconds;
                    ratios.Add(ratio);
                    peakApp[count] = Math.Max(peakApp.GetValueOrDefault(count), app.PeakHeapMiB);
                    Console.WriteLine($"   {count} rows round {round}: app {app.Seconds:F2} s, bare {bare.Seconds:F2} s, ratio {ratio:F2}, app heap +{app.PeakHeapMiB:F1} MiB (load {load:F1})");
                    rows.Add(
                    [
                        count.ToString("N0", CultureInfo.InvariantCulture), round.ToString(CultureInfo.InvariantCulture),
                        ResultsLog.Num(app.Seconds, "F2"), ResultsLog.Num(app.PeakHeapMiB), ResultsLog.Num(app.FileMiB),
                        ResultsLog.Num(bare.Seconds, "F2"), ResultsLog.Num(bare.PeakHeapMiB), ResultsLog.Num(bare.FileMiB),
                        ResultsLog.Num(ratio, "F2"), ResultsLog.Num(load),
                    ]);
                    results.Record("awardee-export-round", new { count, round, app, bare, ratio, loadAverage = load });
                }

                var median = SubmissionThroughput.Median(ratios);
                var verdict = median <= GoalRatio && ratios.Max() <= GoalRatio + 0.10 ? "PASS" : "FAIL";
                rows.Add([count.ToString("N0", CultureInfo.InvariantCulture), "**median**", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, $"**{median:F2}** (worst {ratios.Max():F2}; goal ≤ {GoalRatio:F1}: {verdict})", string.Empty]);
                results.Record("awardee-export", new { count, ratios, median, worst = ratios.Max(), goal = GoalRatio, verdict });
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        var growth = peakApp[200_000] / Math.Max(peakApp[50_000], 0.1);
        var flat = growth <= GoalHeapGrowth && peakApp[200_000] <= 64 ? "PASS" : "FAIL";
        results.Record("awardee-export-heap", new { peak50k = peakApp[50_000], peak200k = peakApp[200_000], growth, goal = GoalHeapGrowth, verdict = flat });
        results.Table(
            "Awardee list XLSX: product writer vs bare OpenXmlWriter (same rows, same folder)",
            ["awardees", "round", "app s", "app peak heap +MiB", "app file MiB", "bare s", "bare peak heap +MiB", "bare file MiB", "app ÷ bare (time)", "load avg"],
            rows,
            $"Heap flat in N: app peak heap growth at 200,000 ÷ at 50,000 = {growth:F2} (goal ≤ {GoalHeapGrowth}, and ≤ 64 MiB): {flat}. Pass rule for time: median ≤ 2.0 and worst ≤ 2.1.");
    }

    private static async Task<ExportMeasurement> MeasureAsync(string path, Func<string, Task> write)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: false);
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                try
                {
                    await Task.Delay(5, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
        var watch = Stopwatch.StartNew();
        await write(path);
        var seconds = watch.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await sampler;
        var size = new FileInfo(path).Length;
        File.Delete(path);
        return new ExportMeasurement(seconds, (peak - baseline) / 1024.0 / 1024.0, size / 1024.0 / 1024.0);
    }

    private static async Task WriteProductAsync(string path, int count, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        var individuals = count * 9 / 10;
        var data = new AwardeeListData(
            new IssuingBody("UBND TỈNH LẠNG SƠN", "UBND PHƯỜNG TRẦN HƯNG ĐẠO", "Lạng Sơn"),
            "Danh sách khen thưởng phong trào thi đua đổi mới sáng tạo",
            "Kèm theo Quyết định số 123/QĐ-UBND",
            new DateOnly(2026, 4, 21),
            count,
            Rows(0, individuals, AwardeeKind.Individual),
            Rows(individuals, count - individuals, AwardeeKind.Collective));
        await AwardeeListDocument.WriteXlsxAsync(file, data, ExportProgress.None, cancellationToken);
    }

    private static async Task WriteBareAsync(string path, int count, CancellationToken cancellationToken)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            var individuals = count * 9 / 10;
            var number = 0;
            await foreach (var row in Concat(Rows(0, individuals, AwardeeKind.Individual), Rows(individuals, count - individuals, AwardeeKind.Collective)).WithCancellation(cancellationToken))
            {
                writer.WriteStartElement(new Row());
                writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(++number) });
                foreach (var text in new[] { row.FullName, row.Position, row.Unit, row.Achievement, row.AwardForm })
                {
                    writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text ?? string.Empty)) });
                }

                writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(row.Score ?? 0m) });
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Danh sách" }));
    }

    private static async IAsyncEnumerable<AwardeeRow> Concat(IAsyncEnumerable<AwardeeRow> first, IAsyncEnumerable<AwardeeRow> second)
    {
        await foreach (var row in first)
        {
            yield return row;
        }

        await foreach (var row in second)
        {
            yield return row;
        }
    }

    /// <summary>Awardees from a fixed seed: the same rows for both writers, generated as they are written.</summary>
    private static async IAsyncEnumerable<AwardeeRow> Rows(int from, int count, AwardeeKind kind)
    {
        await Task.CompletedTask;
        for (var i = from; i < from + count; i++)
        {
            var random = new Random(i);
            var unit = Units[random.Next(Units.Length)];
            yield return kind == AwardeeKind.Individual
                ? new AwardeeRow(kind, $"{FamilyNames[random.Next(FamilyNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}", "Công chức", unit,
                    Achievements[random.Next(Achievements.Length)], "Giấy khen", Math.Round(60 + (decimal)random.NextDouble() * 40, 2))
                : new AwardeeRow(kind, $"Tập thể {unit} số {i.ToString(CultureInfo.InvariantCulture)}", null, unit,
                    Achievements[random.Next(Achievements.Length)], "Giấy khen", Math.Round(60 + (decimal)random.NextDouble() * 40, 2));
        }
    }

    /// <summary>One write: wall time, peak managed heap above the start, file size.</summary>
    public sealed record ExportMeasurement(double Seconds, double PeakHeapMiB, double FileMiB);
}
