using System.Diagnostics;

namespace OutreachLint.Reporting.Tests;

/// <summary>
/// Microsoft's SARIF Multitool from npm (<c>@microsoft/sarif-multitool-linux@5.7.0</c>), installed once into a cache
/// folder under the temp directory when missing. Fails loudly when npm cannot install it.
/// </summary>
internal static class SarifMultitool
{
    private const string Package = "@microsoft/sarif-multitool-linux@5.7.0";
    private static readonly Lazy<string> Executable = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Runs <c>validate</c> on <paramref name="sarifFile"/>; returns the exit code and the validation log it wrote.</summary>
    public static (int ExitCode, string Output, string ValidationLog) Validate(string sarifFile)
    {
        var log = sarifFile + ".validation.sarif";
        var (code, output) = Run(Executable.Value, ["validate", sarifFile, "-o", log, "--level", "Error;Warning", "--log", "ForceOverwrite"], Path.GetDirectoryName(sarifFile)!);
        return (code, output, File.Exists(log) ? File.ReadAllText(log) : "");
    }

    private static string Install()
    {
        var folder = Path.Combine(Path.GetTempPath(), "outreachlint-tests", "sarif-multitool-5.7.0");
        var tool = Path.Combine(folder, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
        if (!File.Exists(tool))
        {
            Directory.CreateDirectory(folder);
            (int Code, string Output) npm;
            try
            {
                npm = Run("npm", ["install", "--no-audit", "--no-fund", "--prefix", folder, Package], folder);
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException($"npm is needed to install {Package} for the SARIF Multitool test: {e.Message}", e);
            }

            if (npm.Code != 0 || !File.Exists(tool))
            {
                throw new InvalidOperationException($"npm install {Package} failed (exit {npm.Code}):\n{npm.Output}");
            }
        }

        // npm may not run the package's postinstall (chmod u+x) when install scripts are disabled.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(tool, File.GetUnixFileMode(tool) | UnixFileMode.UserExecute);
        }

        return tool;
    }

    private static (int Code, string Output) Run(string file, string[] args, string directory)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 5 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
