using System.Diagnostics;
using System.Globalization;

namespace InitiativeHub.Bench.Reporting;

/// <summary>
/// CPU time spent by the host process and by this driver between start and now: on a shared box, CPU per operation
/// says more about the code than wall-clock throughput does.
/// </summary>
public sealed class CpuMeter
{
    private readonly int _hostPid;
    private readonly TimeSpan _hostStart;
    private readonly TimeSpan _driverStart;

    private CpuMeter(int hostPid)
    {
        _hostPid = hostPid;
        _hostStart = HostCpu(hostPid);
        _driverStart = Process.GetCurrentProcess().TotalProcessorTime;
    }

    public static CpuMeter Start(int hostPid) => new(hostPid);

    public CpuPerOperation PerOperation(long operations)
    {
        var host = HostCpu(_hostPid) - _hostStart;
        var driver = Process.GetCurrentProcess().TotalProcessorTime - _driverStart;
        return operations <= 0
            ? new CpuPerOperation(double.NaN, double.NaN)
            : new CpuPerOperation(host.TotalMilliseconds / operations, driver.TotalMilliseconds / operations);
    }

    private static TimeSpan HostCpu(int pid)
    {
        using var process = Process.GetProcessById(pid);
        return process.TotalProcessorTime;
    }
}

/// <summary>Milliseconds of CPU per operation in the host and in the driver.</summary>
public sealed record CpuPerOperation(double HostMs, double DriverMs)
{
    public override string ToString() =>
        $"{HostMs.ToString("F1", CultureInfo.InvariantCulture)} + {DriverMs.ToString("F1", CultureInfo.InvariantCulture)}";
}
