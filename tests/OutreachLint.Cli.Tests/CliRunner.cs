using System.Diagnostics;
using System.Text;

namespace OutreachLint.Cli.Tests;

/// <summary>
/// Runs the CLI as a separate process, as a user or a script would: the built <c>outreachlint.dll</c> through
/// <c>dotnet</c>, or a published <c>outreachlint</c> executable. Every run gets an isolated working directory and
/// user configuration folder, and the model of <see cref="TestPaths.Model"/> unless the caller removes it.
/// </summary>
internal sealed class CliRunner(string? executable = null)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The built CLI of this test run's configuration.</summary>
    public static CliRunner Built { get; } = new();

    public async Task<CliResult> RunAsync(
        string workingDirectory,
        IEnumerable<string> args,
        byte[]? stdin = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = executable is null ? new ProcessStartInfo("dotnet") : new ProcessStartInfo(executable);
        if (executable is null)
        {
            if (!File.Exists(TestPaths.CliDll))
            {
                throw new InvalidOperationException($"the CLI is not built at {TestPaths.CliDll}");
            }

            start.ArgumentList.Add(TestPaths.CliDll);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.StandardOutputEncoding = new UTF8Encoding(false);
        start.StandardErrorEncoding = new UTF8Encoding(false);
        start.Environment["OUTREACHLINT_MODEL"] = TestPaths.Model;
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(workingDirectory, ".user-config");
        // The user's data folder holds the audit history and the Microsoft 365 token cache: never the real one.
        start.Environment["XDG_DATA_HOME"] = Path.Combine(workingDirectory, ".user-data");
        start.Environment.Remove("NO_COLOR");
        start.Environment.Remove(InputOptions.PasswordVariable);
        start.Environment.Remove(InputOptions.TokenVariable);
        start.Environment.Remove(InputOptions.AuthVariable);
        start.Environment.Remove(MicrosoftSignInOptionsReader.ClientIdVariable);
        start.Environment.Remove(MicrosoftSignInOptionsReader.TenantVariable);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"outreachlint {string.Join(' ', args)} did not finish within {Timeout}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
