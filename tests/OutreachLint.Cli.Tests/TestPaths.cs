using System.Reflection;

namespace OutreachLint.Cli.Tests;

/// <summary>Where the repository, the built CLI, the shipped model and the sample emails are.</summary>
internal static class TestPaths
{
    /// <summary>The repository root: the nearest folder above the test assembly that holds OutreachLint.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration this test assembly was built in; the CLI was built in the same one.</summary>
    public static string Configuration { get; } =
        typeof(TestPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The CLI as <c>dotnet build</c> leaves it.</summary>
    public static string CliDll => Path.Combine(Root, "src", "OutreachLint.Cli", "bin", Configuration, "net10.0", "outreachlint.dll");

    /// <summary>
    /// The model the tests run with: the repository's <c>models/</c>, unless the environment already names one in
    /// <c>OUTREACHLINT_MODEL</c> (a local run before the model is committed).
    /// </summary>
    public static string Model =>
        Environment.GetEnvironmentVariable("OUTREACHLINT_MODEL") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.Combine(Root, "models", "outreachlint-model.zip");

    /// <summary>A sample file under Data/, as copied beside the test assembly.</summary>
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

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
}
