namespace OutreachLint.Cli.Tests;

/// <summary>
/// The chat rewriter through the real CLI, Microsoft.Extensions.AI.OpenAI and HTTP, against an OpenAI-compatible server
/// on loopback: configuration, key handling, what is sent, and the fallback to the built-in rewriter.
/// </summary>
public sealed class ChatRewriterEndToEndTests
{
    private const string Key = "sk-test-never-print-7f3a";
    private const string Disguised = "We'd love to explore a strategic partnership with Northwind on your Q3 rollout.";
    private const string Rewrite = "I sell route planning software, and I think it can help Northwind finish your Q3 rollout on time.";

    [Fact]
    public async Task Check_WhenTheChatRewriterIsConfigured_UsesGoodAnswersAndFallsBackOnTheRest()
    {
        // Every other sentence gets an answer that drops its facts, so the built-in rewriter must stand in.
        await using var server = new FakeOpenAiServer(sentence => sentence == Disguised ? $"Here's a rewrite:\n\"{Rewrite}\"" : "Let's talk soon.");
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");
        work.Write(".outreachlint.json", $$"""{ "rewriter": { "kind": "chat", "endpoint": "{{server.BaseUrl}}", "model": "gpt-test", "timeoutSeconds": 20 } }""");

        var run = await RunWithKeyAsync(work, draft);

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = run.Json();
        var findings = Report.SentenceFindings(Report.Messages(json)[0]);
        var disguised = Assert.Single(findings, f => f.GetProperty("text").GetString() == Disguised);
        Assert.Equal(Rewrite, disguised.GetProperty("suggestion").GetString());
        Assert.Equal("chat", disguised.GetProperty("suggestionOrigin").GetString());
        Assert.All(findings.Where(f => f.GetProperty("text").GetString() != Disguised),
            f => Assert.Equal("template", f.GetProperty("suggestionOrigin").GetString()));

        Assert.Equal(findings.Length, server.Requests.Count);
        Assert.All(server.Requests, request =>
        {
            Assert.Equal("/v1/chat/completions", request.Path);
            Assert.Equal($"Bearer {Key}", request.Authorization);
            Assert.Contains("\"model\":\"gpt-test\"", request.Body, StringComparison.Ordinal);
            Assert.Contains("Hi Dana", request.Body, StringComparison.Ordinal); // the email around the sentence
            Assert.DoesNotContain(Key, request.Body, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(Key, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WhenTheEndpointRefusesTheKey_WarnsOnceWithoutTheKeyAndUsesTheBuiltInRewriter()
    {
        await using var server = new FakeOpenAiServer(_ => Rewrite, status: 401);
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");
        work.Write(".outreachlint.json", $$"""{ "rewriter": { "kind": "chat", "endpoint": "{{server.BaseUrl}}", "model": "gpt-test" } }""");

        var run = await RunWithKeyAsync(work, draft);

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = run.Json();
        Assert.All(Report.SentenceFindings(Report.Messages(json)[0]), f => Assert.Equal("template", f.GetProperty("suggestionOrigin").GetString()));
        var warning = Assert.Single(run.ErrorLines);
        Assert.Contains("chat rewriter at 127.0.0.1: HTTP 401; using the built-in suggestions", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WhenNoRewriterIsConfigured_NeverCallsAModel()
    {
        await using var server = new FakeOpenAiServer(_ => Rewrite);
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");

        var run = await RunWithKeyAsync(work, draft);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Empty(server.Requests);
        using var json = run.Json();
        Assert.All(Report.SentenceFindings(Report.Messages(json)[0]), f => Assert.Equal("template", f.GetProperty("suggestionOrigin").GetString()));
    }

    private static Task<CliResult> RunWithKeyAsync(Workspace work, string draft) =>
        CliRunner.Built.RunAsync(work.Path, ["check", draft, "--format", "json"], environment: new Dictionary<string, string?> { ["OUTREACHLINT_LLM_API_KEY"] = Key });
}
