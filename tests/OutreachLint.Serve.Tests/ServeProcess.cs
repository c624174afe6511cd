using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace OutreachLint.Serve.Tests;

/// <summary>The built CLI's <c>serve</c> as its own process, as a person starts it; stopped with SIGTERM like Ctrl-C.</summary>
internal sealed partial class ServeProcess : IDisposable
{
    private static readonly string Configuration =
        typeof(ServeProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private readonly Process _process;
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("outreachlint-serve-").FullName;

    private ServeProcess(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment)
    {
        var dll = OutreachLint.Tests.RepoRoot.Combine("src", "OutreachLint.Cli", "bin", Configuration, "net10.0", "outreachlint.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // No configuration file of the machine or the repository may change what the test sees.
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(_workingDirectory, ".user-config");
        start.Environment.Remove("OUTREACHLINT_SERVE_TOKEN");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        _process = Process.Start(start)!;
    }

    /// <summary>The process, for its exit code and streams.</summary>
    public Process Process => _process;

    /// <summary>Starts <c>outreachlint serve ARGS --model MODEL</c>.</summary>
    public static ServeProcess Start(params string[] args) => StartWith(null, args);

    /// <summary>Starts <c>outreachlint serve ARGS --model MODEL</c> with extra environment variables.</summary>
    public static ServeProcess StartWith(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        new([.. new[] { "serve" }.Concat(args), "--model", TestModel.Path], environment);

    /// <summary>A scratch folder that lives as long as the process (a HOME without certificates, say).</summary>
    public string WorkingDirectory => _workingDirectory;

    /// <summary>Waits for the "serving on URL" line and returns the URL.</summary>
    /// <exception cref="InvalidOperationException">The process ended or printed something else first.</exception>
    public async Task<Uri> ReadAddressAsync()
    {
        var line = await _process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        var match = line is null ? null : ServingLine().Match(line);
        return match is { Success: true }
            ? new Uri(match.Groups[1].Value)
            : throw new InvalidOperationException($"serve printed \"{line}\"; stderr: {await _process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>Sends SIGTERM (what a service manager or Ctrl-C asks for) and waits for the exit code.</summary>
    public async Task<int> StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        Directory.Delete(_workingDirectory, recursive: true);
    }

    [GeneratedRegex(@"^outreachlint: serving on (http://127\.0\.0\.1:\d+/|https://localhost:\d+/|http://0\.0\.0\.0:\d+/)")]
    private static partial Regex ServingLine();
}
