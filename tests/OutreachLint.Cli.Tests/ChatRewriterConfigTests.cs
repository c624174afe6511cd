namespace OutreachLint.Cli.Tests;

/// <summary><c>"rewriter"</c> in <c>.outreachlint.json</c>: each mistake is one located line and exit code 2, before anything is checked.</summary>
public sealed class ChatRewriterConfigTests
{
    [Theory]
    [InlineData("{\n  \"rewriter\": {\n    \"kind\": \"gpt\"\n  }\n}\n", 3, 5, "kind must be \"template\" or \"chat\"")]
    [InlineData("{\n  \"rewriter\": \"chat\"\n}\n", 2, 3, "rewriter must be an object")]
    [InlineData("{\n  \"rewriter\": {\n    \"kind\": \"chat\",\n    \"endpoint\": \"http://llm.example.com/v1\",\n    \"model\": \"m\"\n  }\n}\n", 4, 5, "must use https")]
    [InlineData("{\n  \"rewriter\": {\n    \"kind\": \"chat\",\n    \"endpoint\": \"llm.example.com\",\n    \"model\": \"m\"\n  }\n}\n", 4, 5, "absolute http(s) URL")]
    [InlineData("{\n  \"rewriter\": {\n    \"kind\": \"chat\",\n    \"endpoint\": \"https://llm.example.com/v1\"\n  }\n}\n", 2, 3, "model must be a non-empty string")]
    [InlineData("{\n  \"rewriter\": {\n    \"kind\": \"chat\",\n    \"endpoint\": \"https://llm.example.com/v1\",\n    \"model\": \"m\",\n    \"timeoutSeconds\": 0\n  }\n}\n", 6, 5, "timeoutSeconds")]
    [InlineData("{\n  \"rewriter\": {\n    \"kind\": \"chat\",\n    \"endpoint\": \"https://llm.example.com/v1\",\n    \"model\": \"m\",\n    \"apiKey\": \"sk-oops\"\n  }\n}\n", 6, 5, "never put the API key in the configuration")]
    [InlineData("{\n  \"rewriter\": {\n    \"kind\": \"chat\",\n    \"endpoint\": \"https://llm.example.com/v1\",\n    \"model\": \"m\",\n    \"apiKeyFile\": \"missing.key\"\n  }\n}\n", 6, 5, "file not found")]
    public async Task Check_WhenTheRewriterSettingIsBad_Exits2WithFileLineAndColumn(string content, int line, int column, string problem)
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");
        var config = work.Write(".outreachlint.json", content);

        var run = await work.RunAsync("check", draft);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(run.Stdout);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"outreachlint: {config}:{line}:{column}: ", error, StringComparison.Ordinal);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-oops", error, StringComparison.Ordinal);
    }

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
