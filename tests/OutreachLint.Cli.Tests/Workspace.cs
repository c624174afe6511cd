namespace OutreachLint.Cli.Tests;

/// <summary>A throw-away working directory for one test, outside the repository so no configuration is discovered by accident.</summary>
internal sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Path = Directory.CreateTempSubdirectory("outreachlint-cli-").FullName;
    }

    public string Path { get; }

    /// <summary>Copies a sample from Data/ into the workspace and returns its name (relative to the workspace).</summary>
    public string Copy(string sample, string? asName = null)
    {
        var name = asName ?? sample;
        var target = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.Copy(TestPaths.Data(sample), target);
        return name;
    }

    /// <summary>Writes a file into the workspace and returns its full path.</summary>
    public string Write(string name, string content)
    {
        var target = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllText(target, content);
        return target;
    }

    public string Full(string name) => System.IO.Path.Combine(Path, name);

    public Task<CliResult> RunAsync(params string[] args) => CliRunner.Built.RunAsync(Path, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a test that failed midway may leave a file open; the temp folder is cleaned eventually
        }
    }
}
