using System.Diagnostics;

namespace OutreachLint.Imap.Tests.Harness;

/// <summary>Runs a helper program to completion and returns its exit code and combined output.</summary>
internal static class ProcessRunner
{
    public static (int ExitCode, string Output) Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {fileName}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Runs a shell command line; used where stdio must be redirected for a daemon.</summary>
    public static (int ExitCode, string Output) Shell(string command, TimeSpan timeout) =>
        Run("/bin/sh", ["-c", command], timeout);

    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Concat(["/usr/sbin", "/sbin"])
            .Any(dir => File.Exists(Path.Join(dir, program)));
}
