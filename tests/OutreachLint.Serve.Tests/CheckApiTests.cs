using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OutreachLint.Serve.Tests;

/// <summary><c>POST /api/check</c> and the page's headers, through a real Kestrel on loopback.</summary>
[Collection(ServerCollection.Name)]
public sealed class CheckApiTests(ServerFixture server)
{
    [Fact]
    public async Task Check_WhenDraftIsFlagged_FindingsPointAtTheExactSentences()
    {
        using var answer = await CheckAsync(new { text = Drafts.Flagged });

        var root = answer.RootElement;
        Assert.True(root.GetProperty("flagged").GetBoolean());
        Assert.InRange(root.GetProperty("score").GetInt32(), 0, 99);
        var sentenceFindings = root.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("id").GetString() is "OL001" or "OL002" or "OL003")
            .ToList();
        Assert.Contains(sentenceFindings, f => f.GetProperty("text").GetString() == Drafts.Pitch && f.GetProperty("rule").GetString() == "disguised-selling");
        Assert.Contains(sentenceFindings, f => f.GetProperty("text").GetString() == Drafts.FavourAsk);
        foreach (var f in sentenceFindings)
        {
            var offset = f.GetProperty("offset").GetInt32();
            var length = f.GetProperty("length").GetInt32();
            Assert.Equal(f.GetProperty("text").GetString(), Drafts.Flagged.Substring(offset, length));
            Assert.Equal(3, f.GetProperty("line").GetInt32());
            Assert.False(string.IsNullOrEmpty(f.GetProperty("message").GetString()));
            Assert.False(string.IsNullOrEmpty(f.GetProperty("suggestion").GetString()));
            var confidence = f.GetProperty("confidence").GetDouble();
            Assert.InRange(confidence, 0.5, 1.0);
            Assert.Equal(confidence >= 0.9 ? "error" : confidence >= 0.7 ? "warning" : "info", f.GetProperty("severity").GetString());
        }
    }

    [Fact]
    public async Task Check_WhenRequestsRunInParallel_EveryAnswerIsTheSame()
    {
        // One engine serves every request; its pooled classifier must not mix up concurrent drafts.
        var answers = await Task.WhenAll(Enumerable.Range(0, 32).Select(async i =>
        {
            using var response = await server.Client.PostAsJsonAsync("/api/check", new { text = i % 2 == 0 ? Drafts.Flagged : Drafts.Clean });
            response.EnsureSuccessStatusCode();
            return (i % 2, await response.Content.ReadAsStringAsync());
        }));

        Assert.All(answers.GroupBy(a => a.Item1), g => Assert.Single(g.Select(a => a.Item2).Distinct()));
    }

    [Fact]
    public async Task Check_ADraft_HasNoDate()
    {
        // A draft has no date of its own: the answer must not carry the moment it was checked.
        using var answer = await CheckAsync(new { subject = "Pilot", body = Drafts.Clean, to = new[] { "dana@buyer.example" } });

        Assert.Equal(JsonValueKind.Null, answer.RootElement.GetProperty("date").ValueKind);
    }

    [Fact]
    public async Task Check_WhenDraftHasCrLf_OffsetsIndexTheLfText()
    {
        using var answer = await CheckAsync(new { text = Drafts.Flagged.ReplaceLineEndings("\r\n") });

        var pitch = answer.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("text").GetString() == Drafts.Pitch);
        Assert.Equal(Drafts.Flagged.IndexOf(Drafts.Pitch, StringComparison.Ordinal), pitch.GetProperty("offset").GetInt32());
    }

    [Fact]
    public async Task Check_WhenDraftIsClean_NoFindingsAndNotFlagged()
    {
        using var answer = await CheckAsync(new { text = Drafts.Clean, subject = "March invoice", to = new[] { "Dana@Northwind.example" } });

        Assert.False(answer.RootElement.GetProperty("flagged").GetBoolean());
        Assert.Empty(answer.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("March invoice", answer.RootElement.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Check_WhenBodyExceedsLimit_Answers413()
    {
        var text = new string('a', 300 * 1024);

        using var response = await server.Client.PostAsJsonAsync("/api/check", new { text });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("256 KB", await ErrorOf(response));
    }

    [Fact]
    public async Task Check_WhenChunkedBodyExceedsLimit_Answers413()
    {
        // No Content-Length: the limit must hold while reading, not only by the header.
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"text\":\"{new string('a', 300 * 1024)}\"}}")));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"text\": \"unterminated")]
    [InlineData("not json")]
    [InlineData("{\"text\": 42}")]
    [InlineData("{\"subject\": \"no text\"}")]
    [InlineData("null")]
    public async Task Check_WhenBodyIsBad_Answers400WithOneLineError(string body)
    {
        using var response = await server.Client.PostAsync("/api/check", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ErrorOf(response);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public async Task Check_WhenNotJson_Answers415()
    {
        using var response = await server.Client.PostAsync("/api/check", new StringContent("{\"text\":\"hi\"}", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Page_WhenFetched_IsServedWithStrictHeaders()
    {
        foreach (var path in new[] { "/", "/app.js", "/app.css" })
        {
            using var response = await server.Client.GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }

        var html = await server.Client.GetStringAsync("/");
        Assert.DoesNotContain("http", html.Replace("http-equiv", ""), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Server_WhenHostIsNotLoopback_Refuses()
    {
        // DNS rebinding: a foreign name resolving to 127.0.0.1 must not reach the API.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = "attacker.example";

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<JsonDocument> CheckAsync(object body)
    {
        using var response = await server.Client.PostAsJsonAsync("/api/check", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> ErrorOf(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetString()!;
    }
}
