using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OutreachLint.Serve.Tests;

/// <summary><c>POST /api/check</c> with the add-in's shape: <c>{subject, body, bodyType, from, to}</c>, read like a message file.</summary>
[Collection(ServerCollection.Name)]
public sealed class CheckRequestShapeTests(ServerFixture server)
{
    private static readonly string[] ExternalRecipient = ["Dana Smith <dana@northwind.example>"];

    [Fact]
    public async Task Check_WhenHtmlReply_JudgesOnlyTheRepsWordsAndReturnsThem()
    {
        using var answer = await CheckAsync(new { subject = "RE: Warehouse rollout", body = Drafts.HtmlReply, bodyType = "html", from = "Sam Carter <sam@contoso.example>", to = ExternalRecipient });

        var root = answer.RootElement;
        var authorText = root.GetProperty("authorText").GetString()!;
        Assert.Contains(Drafts.Pitch, authorText);
        Assert.DoesNotContain("award-winning", authorText);
        Assert.DoesNotContain("From:", authorText);
        Assert.Contains(root.GetProperty("setAside").EnumerateArray(), p => p.GetProperty("kind").GetString() == "quote");
        var findings = root.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("id").GetString() is "OL001" or "OL002" or "OL003").ToList();
        Assert.Contains(findings, f => f.GetProperty("text").GetString() == Drafts.Pitch);
        Assert.All(findings, f => Assert.Equal(
            f.GetProperty("text").GetString(),
            authorText.Substring(f.GetProperty("offset").GetInt32(), f.GetProperty("length").GetInt32())));
        Assert.Equal("Sam Carter <sam@contoso.example>", root.GetProperty("from").GetString());
    }

    [Fact]
    public async Task Check_WhenTextBodyQuotesAReply_SetsTheQuoteAside()
    {
        var body = $"{Drafts.Pitch}\n\nOn Mon, 2 Mar 2026 at 09:14, Mark Jones <mark@fabrikam.example> wrote:\n> {Drafts.QuotedPitch}\n";

        using var answer = await CheckAsync(new { body, bodyType = "text", from = "sam@contoso.example", to = ExternalRecipient });

        Assert.Equal(Drafts.Pitch, answer.RootElement.GetProperty("authorText").GetString());
        Assert.DoesNotContain(answer.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("text").GetString()!.Contains("award-winning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_WhenSenderAndRecipientsShareADomain_JudgesItAsInternalMail()
    {
        // The same words to a stranger are flagged; to a colleague a favour-ask is ordinary and one pitch is not enough.
        var external = await FlaggedAsync("dana@northwind.example");
        var internalMail = await FlaggedAsync("dana@contoso.example");

        Assert.True(external);
        Assert.False(internalMail);
    }

    [Fact]
    public async Task Check_WhenTextAliasIsUsed_AnswersWithTheSameTextAsAuthorText()
    {
        using var answer = await CheckAsync(new { text = Drafts.Flagged });

        Assert.Equal(Drafts.Flagged, answer.RootElement.GetProperty("authorText").GetString());
        Assert.Empty(answer.RootElement.GetProperty("setAside").EnumerateArray());
    }

    [Theory]
    [InlineData("{\"body\": \"hi\", \"bodyType\": \"rtf\"}", "bodyType")]
    [InlineData("{\"body\": \"hi\", \"text\": \"hi\"}", "exactly one")]
    [InlineData("{\"body\": \"hi\", \"from\": \"<<<\"}", "from")]
    public async Task Check_WhenShapeIsWrong_Answers400NamingTheField(string json, string named)
    {
        using var response = await server.Client.PostAsync("/api/check", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync());
    }

    private async Task<bool> FlaggedAsync(string recipient)
    {
        using var answer = await CheckAsync(new { body = Drafts.Flagged, bodyType = "text", from = "Sam Carter <sam@contoso.example>", to = new[] { recipient } });
        return answer.RootElement.GetProperty("flagged").GetBoolean();
    }

    private async Task<JsonDocument> CheckAsync(object body)
    {
        using var response = await server.Client.PostAsJsonAsync("/api/check", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
