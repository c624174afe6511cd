using System.Diagnostics;

namespace OutreachLint.Audit.Tests.Harness;

/// <summary>
/// Runs the built <c>outreachlint.dll</c> as a real process (<c>dotnet outreachlint.dll</c>; <c>dotnet run</c> would rebuild
/// each time), with the repository's model, a private config home and colour off.
/// </summary>
public static class Cli
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Dll { get; } = FindDll();

    /// <summary>The shipped model: <c>models/</c> in the repository, or <c>OUTREACHLINT_MODEL</c> while it is being retrained.</summary>
    public static string Model { get; } = FindModel();

    public static async Task<CliResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public static Task<CliResult> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, null, args);

    /// <summary>Starts the CLI with redirected output; the caller reads both streams and waits.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        // Through env(1) with SIGINT back at its default: a test host started in the background by a shell without job
        // control (nohup, a CI script's "&") inherits SIGINT ignored, the CLI would inherit that too, and the .NET runtime
        // rightly leaves an ignored SIGINT ignored, so "Ctrl-C" could never reach it.
        var info = new ProcessStartInfo("env")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("--default-signal=INT");
        info.ArgumentList.Add("dotnet");
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NO_COLOR"] = "1";
        info.Environment["XDG_CONFIG_HOME"] = Path.Combine(workingDirectory, ".config");
        info.Environment.Remove("OUTREACHLINT_IMAP_PASSWORD");
        info.Environment.Remove("OUTREACHLINT_SMTP_PASSWORD");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutreachLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no OutreachLint.sln above {AppContext.BaseDirectory}");
    }

    private static string FindDll()
    {
        // The test's own configuration (bin/Debug/net10.0) names the CLI build it was built with.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var dll = Path.Combine(RepositoryRoot, "src", "OutreachLint.Cli", "bin", configuration, framework.Name, "outreachlint.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} not found: build src/OutreachLint.Cli -c {configuration} first");
    }

    private static string FindModel()
    {
        var shipped = Path.Combine(RepositoryRoot, "models", "outreachlint-model.zip");
        if (File.Exists(shipped))
        {
            return shipped;
        }

        return Environment.GetEnvironmentVariable("OUTREACHLINT_MODEL") is { Length: > 0 } fromEnv && File.Exists(fromEnv)
            ? fromEnv
            : throw new InvalidOperationException($"no model at {shipped} (and OUTREACHLINT_MODEL is not set): run `outreachlint train` first");
    }
}
