namespace OutreachLint.Audit.Tests.Harness;

/// <summary>What one run of the CLI gave back.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
