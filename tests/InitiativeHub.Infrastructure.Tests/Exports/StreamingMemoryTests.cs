using InitiativeHub.Application.Exports;
using InitiativeHub.Infrastructure.Exports.Documents;

namespace InitiativeHub.Infrastructure.Tests.Exports;

/// <summary>
/// The writers stream: the managed heap while writing 50,000 awardees stays where it is for 5,000. Rows are generated
/// lazily and the file goes to disk, so only the writers themselves could make memory grow with the row count.
/// The heap is the whole process's: the test runs alone, or other tests' allocations would be counted as the writer's.
/// </summary>
[Collection(StreamingMemoryCollection.Name)]
public sealed class StreamingMemoryTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("xlsx")]
    [InlineData("docx")]
    [InlineData("csv")]
    public async Task Memory_stays_flat_as_the_awardee_list_grows_tenfold(string format)
    {
        var (small, _) = await PeakHeapAsync(format, 5_000);
        var (large, bytes) = await PeakHeapAsync(format, 50_000);

        output.WriteLine($"{format}: peak heap {small / 1024 / 1024.0:F1} MB at 5,000 rows, {large / 1024 / 1024.0:F1} MB at 50,000 rows; file {bytes / 1024} KB");
        Assert.True(large < small + (4 * 1024 * 1024), $"peak heap grew from {small} to {large} bytes");
    }

    private static async Task<(long PeakHeap, long FileBytes)> PeakHeapAsync(string format, int rows)
    {
        var path = Path.GetTempFileName();
        try
        {
            var peak = 0L;
            var data = ExportSamples.AwardeeList() with { TotalRows = rows, Individuals = Generate(rows), Collectives = AsyncEnumerable.Empty<AwardeeRow>() };
            var progress = new ExportProgress(rows, _ => peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true)));
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite))
            {
                await (format switch
                {
                    "xlsx" => AwardeeListDocument.WriteXlsxAsync(file, data, progress, CancellationToken.None),
                    "docx" => AwardeeListDocument.WriteDocxAsync(file, data, progress, CancellationToken.None),
                    _ => AwardeeListDocument.WriteCsvAsync(file, data, progress, CancellationToken.None),
                });
            }

            return (peak, new FileInfo(path).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async IAsyncEnumerable<AwardeeRow> Generate(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return new AwardeeRow(
                AwardeeKind.Individual, $"Nguyễn Văn Người Thứ {i}", "Chuyên viên", $"Tổ dân phố {i % 97}", "Có sáng kiến chuyển đổi số được công nhận", "Giấy khen", 80 + (i % 20));
        }

        await Task.CompletedTask;
    }
}

/// <summary>Runs <see cref="StreamingMemoryTests"/> with no other test of the assembly at the same time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StreamingMemoryCollection
{
    public const string Name = "streaming memory";
}
