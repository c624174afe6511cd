using System.Diagnostics;

namespace OutreachLint.Cli.Tests;

/// <summary>
/// Publishes the CLI once, exactly as the contract says (<c>dotnet publish src/OutreachLint.Cli -c Release -o DIR</c>),
/// into a temporary folder. Retries when a concurrent build holds a file lock.
/// </summary>
public sealed class PublishedCliFixture : IAsyncLifetime
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("outreachlint-publish-").FullName;

    /// <summary>The published <c>outreachlint</c> executable.</summary>
    public string Executable => Path.Combine(Directory, OperatingSystem.IsWindows() ? "outreachlint.exe" : "outreachlint");

    public async Task InitializeAsync()
    {
        var output = "";
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestPaths.Root };
            foreach (var arg in new[] { "publish", Path.Combine("src", "OutreachLint.Cli"), "-c", "Release", "-o", Directory, "-nologo" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(10));
            await process.WaitForExitAsync(cts.Token);
            output = await stdout + await stderr;
            if (process.ExitCode == 0 && File.Exists(Executable))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(20)); // another build may hold obj/ files
        }

        throw new InvalidOperationException($"dotnet publish src/OutreachLint.Cli -c Release failed three times:\n{output}");
    }

    public Task DisposeAsync()
    {
        System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }
}
