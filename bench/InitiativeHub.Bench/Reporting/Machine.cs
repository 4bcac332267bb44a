using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace InitiativeHub.Bench.Reporting;

/// <summary>What a figure was measured on: recorded with every result, since the same code moves with the machine.</summary>
public static class Machine
{
    /// <summary>The 1-minute load average: other work on a shared box shows up here.</summary>
    public static double LoadAverage()
    {
        var text = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg") : "0";
        return double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
    }

    public static IReadOnlyDictionary<string, string> Describe(string repositoryRoot) => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["cpu"] = LscpuField("Model name"),
        ["cpus"] = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
        ["memory"] = MemTotal(),
        ["os"] = OsName(),
        ["kernel"] = Environment.OSVersion.VersionString,
        ["dotnet"] = RuntimeInformation.FrameworkDescription,
        ["driverGc"] = GCSettings.IsServerGC ? "Server" : "Workstation",
        ["gitCommit"] = Run("git", $"-C {repositoryRoot} rev-parse --short HEAD").Trim(),
        ["gitDirty"] = Run("git", $"-C {repositoryRoot} status --porcelain").Trim().Length > 0 ? "yes" : "no",
    };

    private static string LscpuField(string name)
    {
        var line = Run("lscpu", string.Empty).Split('\n').FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal));
        return line is null ? "unknown" : line[(name.Length + 1)..].Trim();
    }

    private static string MemTotal()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        if (line is null)
        {
            return "unknown";
        }

        var kib = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return $"{kib / 1024.0 / 1024.0:F1} GiB";
    }

    private static string OsName()
    {
        var line = File.Exists("/etc/os-release") ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal)) : null;
        return line?["PRETTY_NAME=".Length..].Trim('"') ?? RuntimeInformation.OSDescription;
    }

    private static string Run(string program, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            if (process is null)
            {
                return string.Empty;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return string.Empty;
        }
    }
}
