namespace OutreachLint.Serve.Tests;

/// <summary>The model the tests serve: <c>OUTREACHLINT_MODEL</c> when set (a local run before one is committed), else <c>models/</c>.</summary>
internal static class TestModel
{
    /// <summary>The model zip.</summary>
    public static string Path =>
        Environment.GetEnvironmentVariable("OUTREACHLINT_MODEL") is { Length: > 0 } fromEnv
            ? fromEnv
            : OutreachLint.Tests.RepoRoot.Combine("models", "outreachlint-model.zip");
}
