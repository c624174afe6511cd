namespace OutreachLint.Cli.Tests;

/// <summary>
/// <c>"rewriter"</c> in <c>.outreachlint.json</c> without a key. Its located mistakes are cases of
/// <see cref="ConfigurationTests"/>' bad-setting theory.
/// </summary>
public sealed class ChatRewriterConfigTests
{
    [Fact]
    public async Task Check_WhenARemoteEndpointHasNoKey_Exits2NamingTheVariable()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");
        work.Write(".outreachlint.json", """{ "rewriter": { "kind": "chat", "endpoint": "https://llm.example.com/v1", "model": "m" } }""");

        var run = await CliRunner.Built.RunAsync(work.Path, ["check", draft], environment: new Dictionary<string, string?> { ["OUTREACHLINT_LLM_API_KEY"] = null });

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("OUTREACHLINT_LLM_API_KEY", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
