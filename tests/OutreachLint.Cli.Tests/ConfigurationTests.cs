namespace OutreachLint.Cli.Tests;

/// <summary><c>.outreachlint.json</c>: discovery, rules off, accept and reject phrases, and located errors.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task Check_WhenConfigTurnsARuleOff_ThatRuleIsNotReported()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");
        var before = await work.RunAsync("check", draft, "--format", "json");
        work.Write(".outreachlint.json", """{ "rules": { "disguised-selling": "off", "OL100": "off" } }""");

        var after = await work.RunAsync("check", draft, "--format", "json");

        using var beforeJson = before.Json();
        using var afterJson = after.Json();
        Assert.Contains("OL001", Report.Ids(Report.Messages(beforeJson)[0]));
        Assert.Contains("OL100", Report.Ids(Report.Messages(beforeJson)[0]));
        var ids = Report.Ids(Report.Messages(afterJson)[0]);
        Assert.DoesNotContain("OL001", ids);
        Assert.DoesNotContain("OL100", ids);
        Assert.Contains("OL002", ids);
    }

    [Fact]
    public async Task Check_WhenConfigAcceptsAPhrase_SentencesWithItAreNotReported()
    {
        using var work = new Workspace();
        var draft = work.Copy("partner-program.txt");
        // A plain-text draft has no envelope: --outreach says it is prospecting mail, so one sentence is enough evidence.
        var before = await work.RunAsync("check", draft, "--outreach", "--format", "json");
        work.Write(".outreachlint.json", """{ "accept": ["Contoso Partner Program"] }""");

        var after = await work.RunAsync("check", draft, "--outreach", "--format", "json");

        using var beforeJson = before.Json();
        using var afterJson = after.Json();
        Assert.Contains("OL001", Report.Ids(Report.Messages(beforeJson)[0]));
        Assert.Empty(Report.SentenceFindings(Report.Messages(afterJson)[0]));
        Assert.Equal(0, Report.Summary(afterJson, "flagged"));
    }

    [Fact]
    public async Task Check_WhenConfigRejectsAPhrase_ReportsOL110AtThePhrase()
    {
        using var work = new Workspace();
        var draft = work.Copy("circle-back.txt");
        var before = await work.RunAsync("check", draft);
        work.Write(".outreachlint.json", """{ "reject": ["circle back"] }""");

        var after = await work.RunAsync("check", draft, "--format", "json");

        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.True(after.ExitCode == 1, after.ToString());
        using var json = after.Json();
        var finding = Assert.Single(Report.Findings(Report.Messages(json)[0]), f => f.GetProperty("id").GetString() == "OL110");
        Assert.Equal("custom-phrase", finding.GetProperty("rule").GetString());
        Assert.Equal("circle back", finding.GetProperty("text").GetString());
        Assert.Equal(3, finding.GetProperty("line").GetInt32());
        Assert.Equal("The invoice for March is attached. I'll circle back".Length - "circle back".Length + 1, finding.GetProperty("column").GetInt32());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal(0, Report.Summary(json, "flagged")); // OL110 is reported but does not flag the message
    }

    [Fact]
    public async Task Check_WhenConfigIsInAParentFolder_ItIsDiscovered()
    {
        using var work = new Workspace();
        work.Copy("circle-back.txt", "team/rep/circle-back.txt");
        work.Write(".outreachlint.json", """{ "reject": ["circle back"] }""");

        var run = await CliRunner.Built.RunAsync(work.Full("team/rep"), ["check", "circle-back.txt"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("circle-back.txt:3:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(" OL110 custom-phrase: ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WhenUserLevelConfigExists_ItApplies()
    {
        using var work = new Workspace();
        var draft = work.Copy("circle-back.txt");
        work.Write(".user-config/outreachlint/config.json", """{ "reject": ["circle back"] }""");

        var run = await work.RunAsync("check", draft);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(" OL110 custom-phrase: ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WhenConfigOptionNamesAFile_OnlyThatFileIsUsed()
    {
        using var work = new Workspace();
        var draft = work.Copy("circle-back.txt");
        work.Write(".outreachlint.json", """{ "rules": { "OL110": "off" } }""");
        var chosen = work.Write("strict.json", """{ "reject": ["circle back"] }""");

        var run = await work.RunAsync("check", draft, "--config", chosen);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(" OL110 custom-phrase: ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WhenConfigIsNotJson_Exits2WithFileLineAndColumn()
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");
        var config = work.Write(".outreachlint.json", "{\n  \"threshold\": 0.6,\n  \"reject\": [\"circle back\" \"touch base\"]\n}\n");

        var run = await work.RunAsync("check", draft);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(run.Stdout);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"outreachlint: {config}:3:28: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n  \"rules\": {\n    \"disguised-selling\": \"loud\"\n  }\n}\n", 3, 5, "disguised-selling")]
    [InlineData("{\n  \"rules\": {\n    \"no-such-rule\": \"off\"\n  }\n}\n", 3, 5, "no-such-rule")]
    [InlineData("{\n  \"threshold\": 0.5,\n  \"treshold\": 0.7\n}\n", 3, 3, "treshold")]
    [InlineData("{\n  \"threshold\": 7\n}\n", 2, 3, "threshold")]
    [InlineData("{\n  \"accept\": \"Contoso\"\n}\n", 2, 3, "accept")]
    [InlineData("{\n  \"rewriter\": {\n    \"kind\": \"gpt\"\n  }\n}\n", 3, 5, "kind must be \"template\" or \"chat\"")]
    [InlineData("{\n  \"rewriter\": \"chat\"\n}\n", 2, 3, "rewriter must be an object")]
    [InlineData("{\n  \"rewriter\": {\n    \"kind\": \"chat\",\n    \"endpoint\": \"http://llm.example.com/v1\",\n    \"model\": \"m\"\n  }\n}\n", 4, 5, "must use https")]
    [InlineData("{\n  \"rewriter\": {\n    \"kind\": \"chat\",\n    \"endpoint\": \"llm.example.com\",\n    \"model\": \"m\"\n  }\n}\n", 4, 5, "absolute http(s) URL")]
    [InlineData("{\n  \"rewriter\": {\n    \"kind\": \"chat\",\n    \"endpoint\": \"https://llm.example.com/v1\"\n  }\n}\n", 2, 3, "model must be a non-empty string")]
    [InlineData("{\n  \"rewriter\": {\n    \"kind\": \"chat\",\n    \"endpoint\": \"https://llm.example.com/v1\",\n    \"model\": \"m\",\n    \"timeoutSeconds\": 0\n  }\n}\n", 6, 5, "timeoutSeconds")]
    [InlineData("{\n  \"rewriter\": {\n    \"kind\": \"chat\",\n    \"endpoint\": \"https://llm.example.com/v1\",\n    \"model\": \"m\",\n    \"apiKey\": \"sk-oops\"\n  }\n}\n", 6, 5, "never put the API key in the configuration")]
    [InlineData("{\n  \"rewriter\": {\n    \"kind\": \"chat\",\n    \"endpoint\": \"https://llm.example.com/v1\",\n    \"model\": \"m\",\n    \"apiKeyFile\": \"missing.key\"\n  }\n}\n", 6, 5, "file not found")]
    public async Task Check_WhenConfigHasABadSetting_Exits2WithFileLineAndColumn(string content, int line, int column, string expected)
    {
        using var work = new Workspace();
        var draft = work.Copy("pitch-draft.txt");
        var config = work.Write(".outreachlint.json", content);

        var run = await work.RunAsync("check", draft);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(run.Stdout);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"outreachlint: {config}:{line}:{column}: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-oops", error, StringComparison.Ordinal);
    }
}
