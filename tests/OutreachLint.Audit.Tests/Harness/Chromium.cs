using System.Diagnostics;

namespace OutreachLint.Audit.Tests.Harness;

/// <summary>
/// Debian's headless Chromium, installed with apt-get when missing (as root), run with a throw-away profile and no
/// network services. Fails with a clear message when it cannot be had.
/// </summary>
public sealed class Chromium
{
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--virtual-time-budget=3000",
    ];

    private Chromium(string executable) => Executable = executable;

    public string Executable { get; }

    /// <summary>Finds Chromium, installing Debian's package when possible.</summary>
    /// <exception cref="InvalidOperationException">Chromium is missing and cannot be installed.</exception>
    public static async Task<Chromium> EnsureAsync()
    {
        if (Find() is { } found)
        {
            return new Chromium(found);
        }

        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException("chromium is not installed and the tests are not root: run `sudo apt-get install -y chromium`");
        }

        var install = await RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], TimeSpan.FromMinutes(10));
        if (install.ExitCode != 0)
        {
            await RunAsync("apt-get", ["update"], TimeSpan.FromMinutes(5));
            install = await RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], TimeSpan.FromMinutes(10));
        }

        return Find() is { } installed
            ? new Chromium(installed)
            : throw new InvalidOperationException($"chromium could not be installed with apt-get:\n{install.Stderr}");
    }

    /// <summary>The DOM after the page loaded and ran whatever it was allowed to run.</summary>
    public async Task<string> DumpDomAsync(string htmlFile)
    {
        var result = await RunAsync(Executable, [.. Flags, $"--user-data-dir={Profile()}", "--dump-dom", new Uri(htmlFile).AbsoluteUri], TimeSpan.FromMinutes(2));
        return result.ExitCode == 0 && result.Stdout.Length > 0
            ? result.Stdout
            : throw new InvalidOperationException($"chromium --dump-dom failed: {result}");
    }

    /// <summary>Renders the page to a PNG.</summary>
    public async Task ScreenshotAsync(string htmlFile, string pngFile)
    {
        var result = await RunAsync(Executable, [.. Flags, $"--user-data-dir={Profile()}", $"--screenshot={pngFile}", "--window-size=1200,2000", new Uri(htmlFile).AbsoluteUri], TimeSpan.FromMinutes(2));
        if (result.ExitCode != 0 || !File.Exists(pngFile))
        {
            throw new InvalidOperationException($"chromium --screenshot failed: {result}");
        }
    }

    private static string Profile() => Directory.CreateTempSubdirectory("ol-chromium-").FullName;

    private static string? Find() =>
        new[] { "chromium", "chromium-browser" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    private static async Task<CliResult> RunAsync(string file, IEnumerable<string> args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
