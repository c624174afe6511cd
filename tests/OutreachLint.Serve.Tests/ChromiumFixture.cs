using System.Diagnostics;
using System.Text.Json;

namespace OutreachLint.Serve.Tests;

/// <summary>
/// One headless Debian Chromium for the browser tests, installed with apt-get when missing (as root), driven over the
/// DevTools protocol on a port it picks itself and reports in its profile folder.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _profile = Path.Combine(Path.GetTempPath(), $"outreachlint-chromium-{Guid.NewGuid():N}");
    private Process? _process;
    private HttpClient _devtools = null!;

    public async Task InitializeAsync()
    {
        var executable = FindChromium() ?? await InstallAsync();
        Directory.CreateDirectory(_profile);
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--remote-debugging-port=0", $"--user-data-dir={_profile}", "about:blank"])
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;

        // Chromium's chatter must be drained or a full pipe would stall it.
        _ = _process.StandardError.ReadToEndAsync();
        _ = _process.StandardOutput.ReadToEndAsync();
        var port = await ReadDevToolsPortAsync();
        _devtools = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    /// <summary>Opens <paramref name="url"/> in a new tab and connects to it.</summary>
    public async Task<CdpSession> OpenAsync(Uri url)
    {
        var session = await OpenTabAsync(url.ToString());
        await session.WaitForAsync("document.readyState === 'complete' && document.getElementById('check') !== null");
        return session;
    }

    /// <summary>Opens an empty tab, for a test that must set the page up (interception, viewport) before it loads.</summary>
    public Task<CdpSession> OpenBlankAsync() => OpenTabAsync("about:blank");

    private async Task<CdpSession> OpenTabAsync(string url)
    {
        using var response = await _devtools.PutAsync($"json/new?{url}", null);
        response.EnsureSuccessStatusCode();
        using var target = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return await CdpSession.ConnectAsync(new Uri(target.RootElement.GetProperty("webSocketDebuggerUrl").GetString()!));
    }

    public Task DisposeAsync()
    {
        _devtools?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A straggling child may still hold a file; the temp folder is cleaned by the system.
        }

        return Task.CompletedTask;
    }

    private static string? FindChromium() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .SelectMany(dir => new[] { Path.Combine(dir, "chromium"), Path.Combine(dir, "chromium-browser") })
            .FirstOrDefault(File.Exists);

    private static async Task<string> InstallAsync()
    {
        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException("chromium is not installed and the tests are not root; run ./test.sh, which installs it");
        }

        await RunAsync("apt-get", "update", "-qq");
        await RunAsync("apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium");
        return FindChromium() ?? throw new InvalidOperationException("apt-get installed chromium but it is not on PATH");
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed: {await stderr}");
        }
    }

    private async Task<int> ReadDevToolsPortAsync()
    {
        // With --remote-debugging-port=0 Chromium writes the port it chose as the first line of this file.
        var file = Path.Combine(_profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"chromium exited with {_process.ExitCode} before opening DevTools");
            }

            if (File.Exists(file) && (await File.ReadAllLinesAsync(file)) is [var line, ..] && int.TryParse(line, out var port))
            {
                return port;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"chromium did not open DevTools within {StartTimeout}");
    }
}
