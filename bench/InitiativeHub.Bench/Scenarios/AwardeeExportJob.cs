using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InitiativeHub.Bench.Reporting;
using InitiativeHub.Testing;
using Microsoft.Data.Sqlite;

namespace InitiativeHub.Bench.Scenarios;

/// <summary>
/// The awardee list through the product's real export job (issue "50,000 awardees": completes with progress events and
/// without the host's memory growing with the row count). For each N a fresh host (SQLite) gets a campaign whose N
/// approved awards are written straight into its database (one entry and one award per awardee, copied from an entry
/// the API created; Vietnamese names, units and three tiers, a tenth of them collectives). Then, through the running
/// host only: <c>startExport</c> AWARDEE_LIST as XLSX and as CSV, the job followed over <c>onExportJobChanged</c>
/// (graphql-transport-ws; nothing is polled), the file downloaded to disk and opened, its awardee rows counted. The
/// host's RSS (/proc/pid/status) is sampled every 50 ms and its managed heap (<c>dotnet_total_memory_bytes</c> on
/// /metrics) every 250 ms while the job runs. Before the measured jobs, an unmeasured warm-up pair runs on the first
/// <see cref="WarmupAwards"/> awards of the same campaign, so JIT and first-use costs are not in the figures.
/// </summary>
public sealed class AwardeeExportJob(BenchOptions options, ResultsLog results)
{
    private const int WarmupAwards = 1_000;

    /// <summary>Memory is flat in N when the peak RSS during the largest export is within this factor of the smallest's.</summary>
    private const double GoalRssGrowth = 1.25;

    private const string StartExport = "mutation($input: StartExportInput!) { startExport(input: $input) { job { id } errors { code message } } }";

    private const string Watch = "subscription($id: ID!) { onExportJobChanged(jobId: $id) { status progress downloadUrl error } }";

    private const string Tiers = "query($id: ID!) { node(id: $id) { ... on Campaign { awardTiers { id name } } } }";

    private static readonly string[] Formats = ["XLSX", "CSV"];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Vi", "Hà"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Minh", "Đức", "Thu", "Quốc", "Hải", "Ngọc", "Thanh", "Xuân"];
    private static readonly string[] GivenNames = ["An", "Bích Ngọc", "Đức", "Hằng", "Huy", "Lan", "Thắng", "Yến", "Khánh", "Phương", "Tùng", "Hương"];
    private static readonly string[] Positions = ["Công chức", "Viên chức", "Chuyên viên", "Phó Trưởng phòng", "Giáo viên", "Bác sĩ", "Tổ trưởng tổ dân phố"];
    private static readonly string[] Units =
    [
        "UBND phường Trần Hưng Đạo", "UBND phường Đông Kinh", "UBND phường Vĩnh Trại", "UBND phường Hoàng Văn Thụ", "Trường THCS Chi Lăng",
        "Trạm Y tế phường Vĩnh Trại", "Công an phường Tam Thanh", "Văn phòng HĐND và UBND phường", "Trường Tiểu học Hoàng Văn Thụ",
    ];

    private static readonly string[] Topics =
    [
        "tra cứu thủ tục hành chính qua Zalo OA", "số hóa hồ sơ tổ dân phố", "sổ tay thủ tục bằng mã QR", "nhắc lịch tiêm chủng qua tin nhắn",
        "tủ sách pháp luật điện tử tại bộ phận một cửa", "bản đồ số các điểm thu gom rác thải", "thanh toán học phí không dùng tiền mặt",
    ];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var rows = new List<IReadOnlyList<string>>();
        var peaks = new Dictionary<(int N, string Format), double>();
        var allPassed = true;
        foreach (var count in options.ExportSizes)
        {
            Console.WriteLine($"== Awardee list through the export job: {count:N0} awardees (SQLite): starting the host");
            await using var host = await BenchHost.StartAsync(Provider.Sqlite, cancellationToken);
            var seeder = await AwardSeeder.CreateAsync(host, cancellationToken);
            await seeder.AddAsync(Math.Min(WarmupAwards, count), cancellationToken);
            foreach (var format in Formats)
            {
                var warm = await ExportAsync(host, format, Math.Min(WarmupAwards, count), cancellationToken);
                Console.WriteLine($"   warm-up {format} over {Math.Min(WarmupAwards, count)} awards: {warm.Seconds:F1} s, {warm.Events} events, rows ok: {warm.RowsMatch}");
            }

            var seeding = Stopwatch.StartNew();
            await seeder.AddAsync(count - Math.Min(WarmupAwards, count), cancellationToken);
            Console.WriteLine($"   seeded {count:N0} approved awards in {seeding.Elapsed.TotalSeconds:F1} s");
            foreach (var format in Formats)
            {
                var load = Machine.LoadAverage();
                var job = await ExportAsync(host, format, count, cancellationToken);
                var passed = job.Status == "SUCCEEDED" && job.RowsMatch && job.ProgressIncreasing && job.LastProgress == 100;
                allPassed &= passed;
                peaks[(count, format)] = job.PeakRssMiB;
                Console.WriteLine(
                    $"   {format}: {job.Status} in {job.Seconds:F1} s, {job.Events} events (progress {job.FirstProgress}→{job.LastProgress}, increasing: {job.ProgressIncreasing}), "
                    + $"{job.FileRows:N0} rows ({(job.RowsMatch ? "= N" : "≠ N")}), file {job.FileMiB:F1} MiB, RSS {job.RssBeforeMiB:F0} → peak {job.PeakRssMiB:F0} MiB "
                    + $"(VmHWM {job.HwmMiB:F0}), heap {job.HeapBeforeMiB:F0} → peak {job.PeakHeapMiB:F0} MiB (load {load:F1})");
                rows.Add(
                [
                    count.ToString("N0", CultureInfo.InvariantCulture), format, job.Status, ResultsLog.Num(job.Seconds),
                    job.Events.ToString(CultureInfo.InvariantCulture), $"{job.FirstProgress}→{job.LastProgress}{(job.ProgressIncreasing ? string.Empty : " (not increasing)")}",
                    job.FileRows.ToString("N0", CultureInfo.InvariantCulture) + (job.RowsMatch ? " = N" : " ≠ N"), ResultsLog.Num(job.FileMiB),
                    ResultsLog.Num(job.RssBeforeMiB, "F0"), ResultsLog.Num(job.PeakRssMiB, "F0"), ResultsLog.Num(job.HwmMiB, "F0"),
                    ResultsLog.Num(job.HeapBeforeMiB, "F0"), ResultsLog.Num(job.PeakHeapMiB, "F0"), ResultsLog.Num(load),
                ]);
                results.Record("awardee-export-job", new { count, format, job, loadAverage = load, seedSeconds = seeding.Elapsed.TotalSeconds });
            }
        }

        var smallest = options.ExportSizes.Min();
        var largest = options.ExportSizes.Max();
        var growth = Formats.Max(f => peaks[(largest, f)] / Math.Max(peaks[(smallest, f)], 1));
        var flat = growth <= GoalRssGrowth;
        var verdict = flat && allPassed ? "PASS" : "FAIL";
        results.Record("awardee-export-job-verdict", new { smallest, largest, rssGrowth = growth, goal = GoalRssGrowth, allJobsCorrect = allPassed, verdict });
        results.Table(
            "Awardee list through the export job (startExport → onExportJobChanged → download), SQLite, fresh host per N",
            ["awardees", "format", "status", "job s", "progress events", "progress", "rows in file", "file MiB", "RSS before MiB", "peak RSS MiB", "VmHWM MiB", "heap before MiB", "peak heap MiB", "load avg"],
            rows,
            $"Peak RSS at {largest:N0} ÷ at {smallest:N0} (worse format) = {growth:F2} (flat when ≤ {GoalRssGrowth}); every job SUCCEEDED with increasing progress to 100 and N rows: {allPassed}. Verdict: {verdict}.");
    }

    /// <summary>One job: start, follow over WebSocket while sampling the host, download to disk and count the rows.</summary>
    private static async Task<JobMeasurement> ExportAsync(BenchHost host, string format, int expectedRows, CancellationToken cancellationToken)
    {
        using var sampler = new HostSampler(host);
        var before = await sampler.SnapshotAsync(cancellationToken);
        sampler.Start();
        var watch = Stopwatch.StartNew();
        var started = await host.Organizer.MutateAsync(StartExport, "startExport", new { input = new { campaignId = host.CampaignId, kind = "AWARDEE_LIST", format } }, cancellationToken);
        var jobId = started["job"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException($"startExport failed: {started.ToJsonString()}");
        var events = await FollowAsync(host, jobId, cancellationToken);
        var seconds = watch.Elapsed.TotalSeconds;
        var (peakRss, peakHeap, hwm) = await sampler.StopAsync();
        var last = events.Count > 0 ? events[^1] : null;
        var status = last?["status"]?.GetValue<string>() ?? "NO_EVENT";
        var progress = events.Select(e => e["progress"]!.GetValue<int>()).ToList();
        var increasing = progress.Zip(progress.Skip(1)).All(p => p.Second > p.First || (p.Second == p.First && p.Second == 100));
        long fileRows = 0;
        double fileMiB = 0;
        if (status == "SUCCEEDED" && last?["downloadUrl"]?.GetValue<string>() is { } url)
        {
            var path = Path.Combine(Path.GetTempPath(), $"initiativehub-bench-download-{Guid.NewGuid():N}.{format.ToLowerInvariant()}");
            try
            {
                await DownloadAsync(host, url, path, cancellationToken);
                fileMiB = new FileInfo(path).Length / 1024.0 / 1024.0;
                fileRows = format == "XLSX" ? CountXlsxAwardees(path) : await CountCsvAwardeesAsync(path, cancellationToken);
            }
            finally
            {
                File.Delete(path);
            }
        }
        else if (last?["error"]?.GetValue<string>() is { } error)
        {
            Console.WriteLine($"   job failed: {error}");
        }

        return new JobMeasurement(
            status, seconds, events.Count, progress.FirstOrDefault(), progress.LastOrDefault(), increasing, fileRows, fileRows == expectedRows, fileMiB,
            before.RssMiB, Math.Max(peakRss, before.RssMiB), hwm, before.HeapMiB, Math.Max(peakHeap, before.HeapMiB));
    }

    /// <summary>Every event of the job until the server completes the subscription (it does once the job is finished).</summary>
    private static async Task<List<JsonObject>> FollowAsync(BenchHost host, string jobId, CancellationToken cancellationToken)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(host.Host.BaseAddress) { Scheme = "ws", Path = "/graphql" }.Uri, cancellationToken);
        await WebSocketJson.SendAsync(socket, new { type = "connection_init", payload = new { authorization = $"Bearer {host.Organizer.AccessToken}" } }, cancellationToken);
        var ack = await WebSocketJson.ReceiveAsync(socket, TimeSpan.FromSeconds(30), cancellationToken);
        if (ack?["type"]?.GetValue<string>() != "connection_ack")
        {
            throw new InvalidOperationException($"no connection_ack: {ack?.ToJsonString()}");
        }

        await WebSocketJson.SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = Watch, variables = new { id = jobId } } }, cancellationToken);
        var events = new List<JsonObject>();
        while (await WebSocketJson.ReceiveAsync(socket, TimeSpan.FromMinutes(10), cancellationToken) is { } message)
        {
            var type = message["type"]?.GetValue<string>();
            if (type == "ping")
            {
                await WebSocketJson.SendAsync(socket, new { type = "pong" }, cancellationToken);
                continue;
            }

            if (type != "next")
            {
                break;
            }

            events.Add(message["payload"]?["data"]?["onExportJobChanged"]?.AsObject() ?? throw new InvalidOperationException(message.ToJsonString()));
        }

        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
        return events;
    }

    private static async Task DownloadAsync(BenchHost host, string url, string path, CancellationToken cancellationToken)
    {
        using var http = host.Host.CreateClient();
        http.Timeout = TimeSpan.FromMinutes(10);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.Organizer.AccessToken);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var file = File.Create(path);
        await response.Content.CopyToAsync(file, cancellationToken);
    }

    /// <summary>Awardee rows of the list: rows whose first cell (STT) is a number; read row by row, never the whole sheet.</summary>
    private static long CountXlsxAwardees(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        using var reader = OpenXmlReader.Create((WorksheetPart)workbook.GetPartById(sheet.Id!));
        long count = 0;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                var row = (Row)reader.LoadCurrentElement()!;
                var first = row.Elements<Cell>().FirstOrDefault();
                if (first is { InlineString: null, CellValue.Text: { } text } && (first.DataType is null || first.DataType.Value == CellValues.Number)
                    && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>CSV lines after the header ("Phần,STT,…"): one per awardee.</summary>
    private static async Task<long> CountCsvAwardeesAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        long lines = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length > 0)
            {
                lines++;
            }
        }

        return lines - 1;
    }

    /// <summary>One measured job.</summary>
    public sealed record JobMeasurement(
        string Status, double Seconds, int Events, int FirstProgress, int LastProgress, bool ProgressIncreasing, long FileRows, bool RowsMatch, double FileMiB,
        double RssBeforeMiB, double PeakRssMiB, double HwmMiB, double HeapBeforeMiB, double PeakHeapMiB);

    /// <summary>The host process's resident memory and managed heap, sampled in the background.</summary>
    private sealed class HostSampler(BenchHost host) : IDisposable
    {
        private readonly HttpClient _metrics = host.Host.CreateClient();
        private readonly CancellationTokenSource _stop = new();
        private Task? _rss;
        private Task? _heap;
        private double _peakRss;
        private double _peakHeap;

        public async Task<(double RssMiB, double HeapMiB)> SnapshotAsync(CancellationToken cancellationToken) =>
            (ReadStatus("VmRSS:"), await ReadHeapAsync(cancellationToken));

        public void Start()
        {
            _rss = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    _peakRss = Math.Max(_peakRss, ReadStatus("VmRSS:"));
                    await Task.Delay(50, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                }
            });
            _heap = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    _peakHeap = Math.Max(_peakHeap, await ReadHeapAsync(_stop.Token));
                    await Task.Delay(250, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                }
            });
        }

        public async Task<(double PeakRss, double PeakHeap, double Hwm)> StopAsync()
        {
            await _stop.CancelAsync();
            await Task.WhenAll(_rss ?? Task.CompletedTask, _heap ?? Task.CompletedTask);
            return (_peakRss, _peakHeap, ReadStatus("VmHWM:"));
        }

        public void Dispose()
        {
            _stop.Cancel();
            _stop.Dispose();
            _metrics.Dispose();
        }

        /// <summary>A "VmRSS:   123456 kB" line of /proc/pid/status, in MiB (0 once the process is gone).</summary>
        private double ReadStatus(string key)
        {
            try
            {
                var line = File.ReadLines($"/proc/{host.Host.ProcessId.ToString(CultureInfo.InvariantCulture)}/status").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
                return line is null ? 0 : long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
            }
            catch (IOException)
            {
                return 0;
            }
        }

        /// <summary>The host's managed heap as its /metrics reports it (<c>dotnet_total_memory_bytes</c>), in MiB.</summary>
        private async Task<double> ReadHeapAsync(CancellationToken cancellationToken)
        {
            try
            {
                var text = await _metrics.GetStringAsync(new Uri("/metrics", UriKind.Relative), cancellationToken);
                var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("dotnet_total_memory_bytes ", StringComparison.Ordinal));
                return line is null ? 0 : double.Parse(line.Split(' ')[1], NumberStyles.Float, CultureInfo.InvariantCulture) / 1024 / 1024;
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or FormatException)
            {
                return 0;
            }
        }
    }

    /// <summary>
    /// Writes approved awards straight into the host's SQLite file: entries copied column by column from one the API
    /// created (new id, new title and author in its content), one award per entry, in transactions of 10,000 rows.
    /// </summary>
    private sealed class AwardSeeder
    {
        private const int Batch = 10_000;
        private static readonly string[] AwardParameterNames = ["$id", "$campaign", "$entry", "$tier", "$kind", "$score", "$rank", "$at", "$by", "$date", "$sort"];
        private readonly string _database;
        private readonly string[] _columns;
        private readonly object[] _template;
        private readonly string _templateId;
        private readonly Guid _campaignId;
        private readonly Guid[] _tiers;
        private int _next;

        private AwardSeeder(string database, string[] columns, object[] template, Guid campaignId, Guid[] tiers)
        {
            _database = database;
            _columns = columns;
            _template = template;
            _templateId = (string)template[Array.IndexOf(columns, "Id")];
            _campaignId = campaignId;
            _tiers = tiers;
        }

        public static async Task<AwardSeeder> CreateAsync(BenchHost host, CancellationToken cancellationToken)
        {
            var citizen = (await host.CitizensAsync(1, cancellationToken))[0];
            var entryId = await host.CreateDraftAsync(citizen, "Sáng kiến mẫu", cancellationToken);
            await BenchHost.SubmitAsync(citizen, entryId, $"export-job-{Guid.NewGuid():N}", cancellationToken);
            var tiers = await host.Organizer.GraphQLAsync(Tiers, new { id = host.CampaignId }, cancellationToken);
            var tierIds = tiers["data"]!["node"]!["awardTiers"]!.AsArray().Select(t => DecodeId(t!["id"]!.GetValue<string>())).ToArray();
            var database = Path.Combine(host.Host.DataPath, "initiativehub.db");
            await using var connection = await OpenAsync(database, cancellationToken);
            await using var select = connection.CreateCommand();
            select.CommandText = "SELECT * FROM entries WHERE upper(Id) = upper($id)";
            select.Parameters.AddWithValue("$id", DecodeId(entryId).ToString());
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException("The template entry is not in the database.");
            }

            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            return new AwardSeeder(database, columns, values, DecodeId(host.CampaignId), tierIds);
        }

        /// <summary>Adds <paramref name="count"/> more approved awards (and their entries) to the campaign.</summary>
        public async Task AddAsync(int count, CancellationToken cancellationToken)
        {
            await using var connection = await OpenAsync(_database, cancellationToken);
            var upper = _templateId.Any(char.IsUpper);
            string Text(Guid id) => upper ? id.ToString().ToUpperInvariant() : id.ToString();
            var templateN = Guid.Parse(_templateId).ToString("N");
            var content = JsonNode.Parse((string)_template[Array.IndexOf(_columns, "Content")])!.AsObject();
            var decidedAt = DateTimeOffset.UtcNow.UtcTicks;
            var decisionDate = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var submitter = _template[Array.IndexOf(_columns, "SubmitterId")];
            for (var done = 0; done < count;)
            {
                var size = Math.Min(Batch, count - done);
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                await using var entry = connection.CreateCommand();
                entry.Transaction = transaction;
                entry.CommandText = $"INSERT INTO entries ({string.Join(", ", _columns)}) VALUES ({string.Join(", ", _columns.Select((_, i) => $"$c{i}"))})";
                var entryParameters = _columns.Select((_, i) => entry.Parameters.Add(new SqliteParameter($"$c{i}", null))).ToArray();
                await using var award = connection.CreateCommand();
                award.Transaction = transaction;
                award.CommandText = """
                    INSERT INTO awards (Id, CampaignId, EntryId, TierId, AwardeeKind, Score, Rank, Status, ProposedAt, ProposedBy, DecisionNumber,
                                        DecisionDate, DecidedAt, DecidedBy, Reason, RevokedAt, RevokedBy, SortKey)
                    VALUES ($id, $campaign, $entry, $tier, $kind, $score, $rank, 'Approved', $at, $by, '123/QĐ-UBND', $date, $at, $by, NULL, NULL, NULL, $sort)
                    """;
                var awardParameters = AwardParameterNames
                    .ToDictionary(name => name, name => award.Parameters.Add(new SqliteParameter(name, null)));
                awardParameters["$campaign"].Value = Text(_campaignId);
                awardParameters["$at"].Value = decidedAt;
                awardParameters["$by"].Value = submitter;
                awardParameters["$date"].Value = decisionDate;
                for (var i = 0; i < size; i++)
                {
                    var n = _next++;
                    var random = new Random(n);
                    var entryId = Guid.CreateVersion7();
                    var unit = Units[random.Next(Units.Length)];
                    var title = $"Sáng kiến số {(n + 1).ToString(CultureInfo.InvariantCulture)}: {Topics[random.Next(Topics.Length)]}";
                    content[Key(content, "Title")] = title;
                    // The template's first author, renamed: the stored shape stays whatever the host wrote.
                    var author = content[Key(content, "Authors")]!.AsArray()[0]!.DeepClone().AsObject();
                    author[Key(author, "FullName")] =
                        $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}";
                    author[Key(author, "Workplace")] = unit;
                    author[Key(author, "Position")] = Positions[random.Next(Positions.Length)];
                    author[Key(author, "ContributionPercent")] = 100;
                    content[Key(content, "Authors")] = new JsonArray(author);
                    for (var c = 0; c < _columns.Length; c++)
                    {
                        entryParameters[c].Value = _columns[c] switch
                        {
                            "Id" => Text(entryId),
                            "Content" => content.ToJsonString(),
                            "ReceiptNumber" => $"BENCH-{entryId:N}",
                            _ when _template[c] is string text => text.Replace(_templateId, Text(entryId), StringComparison.OrdinalIgnoreCase)
                                .Replace(templateN, entryId.ToString("N"), StringComparison.OrdinalIgnoreCase),
                            _ => _template[c],
                        };
                    }

                    await entry.ExecuteNonQueryAsync(cancellationToken);
                    var awardId = Guid.CreateVersion7();
                    // One in a hundred first prizes, four in a hundred second prizes, the rest certificates; a tenth collectives.
                    var tier = n % 100 == 0 ? 0 : n % 100 < 5 ? 1 : 2;
                    awardParameters["$id"].Value = Text(awardId);
                    awardParameters["$entry"].Value = Text(entryId);
                    awardParameters["$tier"].Value = Text(_tiers[Math.Min(tier, _tiers.Length - 1)]);
                    awardParameters["$kind"].Value = n % 10 == 9 ? "Collective" : "Individual";
                    awardParameters["$score"].Value = Math.Round(60 + (decimal)random.NextDouble() * 40, 2).ToString(CultureInfo.InvariantCulture);
                    awardParameters["$rank"].Value = n + 1;
                    awardParameters["$sort"].Value = awardId.ToString("N");
                    await award.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                done += size;
            }
        }

        private static async Task<SqliteConnection> OpenAsync(string database, CancellationToken cancellationToken)
        {
            var connection = new SqliteConnection($"Data Source={database};Pooling=False;Default Timeout=60");
            await connection.OpenAsync(cancellationToken);
            return connection;
        }

        /// <summary>The property as the stored JSON spells it (its naming policy is the host's business).</summary>
        private static string Key(JsonObject json, string name) =>
            json.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) ?? name;

        /// <summary>The uuid inside an opaque id (base64 of "Type:uuid").</summary>
        private static Guid DecodeId(string id) => Guid.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(id)).Split(':')[1]);
    }
}
