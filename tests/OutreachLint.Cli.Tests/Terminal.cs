using System.Diagnostics;

namespace OutreachLint.Cli.Tests;

/// <summary>Runs the built CLI on a pseudo-terminal with util-linux <c>script</c>, so colour decisions are made as for a person.</summary>
internal static class Terminal
{
    /// <summary>Everything the CLI wrote to the terminal.</summary>
    public static async Task<string> RunAsync(Workspace work, string[] args, bool noColor)
    {
        var command = string.Join(' ', new[] { "dotnet", TestPaths.CliDll }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo("script") { WorkingDirectory = work.Path, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { "-q", "-e", "-c", command, "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["OUTREACHLINT_MODEL"] = TestPaths.Model;
        start.Environment["XDG_CONFIG_HOME"] = work.Full(".user-config");
        start.Environment["TERM"] = "xterm-256color";
        start.Environment["COLUMNS"] = "250";
        start.Environment.Remove("NO_COLOR");
        if (noColor)
        {
            start.Environment["NO_COLOR"] = "1";
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("the terminal tests need util-linux 'script' on PATH", e);
        }

        using (process)
        {
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(cts.Token);
            return await output + await errors;
        }
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
