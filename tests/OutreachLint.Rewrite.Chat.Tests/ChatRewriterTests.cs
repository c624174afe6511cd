using OutreachLint.Core;
using static OutreachLint.Rewrite.Chat.Tests.ChatTestEmails;

namespace OutreachLint.Rewrite.Chat.Tests;

public sealed class ChatRewriterTests
{
    private const string GoodRewrite = "I sell Routeway, and I think it can help your Q3 rollout cut delivery costs before the holiday peak.";

    private readonly List<ChatFallback> _fallbacks = [];

    [Fact]
    public void Suggest_WhenTheAnswerKeepsEveryFactAndPassesTheRecheck_UsesIt()
    {
        var suggestion = Rewriter(new FakeChatClient(GoodRewrite)).Suggest(DisguisedFinding, Routeway);

        Assert.Equal(new Suggestion(GoodRewrite, ChatRewriter.Origin), suggestion);
        Assert.Empty(_fallbacks);
    }

    [Theory]
    [InlineData("I sell Routeway, and I think it can help your rollout cut delivery costs.", "Q3")]
    [InlineData("I sell route planning, and I think it can help your Q3 rollout cut delivery costs.", "Routeway")]
    public void Suggest_WhenTheAnswerDropsAFact_FallsBackToTheTemplate(string answer, string lost)
    {
        var finding = FindingFor(RuleCatalog.DisguisedSelling, "We'd love to partner with you on Routeway for your Q3 rollout.");

        var suggestion = Rewriter(new FakeChatClient(answer)).Suggest(finding, Routeway);

        Assert.Equal(TemplateRewriter.Origin, suggestion?.Origin);
        Assert.Contains("Q3", suggestion!.Replacement, StringComparison.Ordinal);
        Assert.Equal(new ChatFallback(ChatFallbackReason.LostFact, lost), Assert.Single(_fallbacks));
    }

    [Fact]
    public void Suggest_WhenTheAnswerLosesTheDayOfAnAsk_FallsBack()
    {
        var suggestion = Rewriter(new FakeChatClient("Could I have 15 minutes to show you how to cut delivery costs?")).Suggest(AskFinding, Routeway);

        Assert.Equal(TemplateRewriter.Origin, suggestion?.Origin);
        Assert.Equal(new ChatFallback(ChatFallbackReason.LostFact, "Thursday"), Assert.Single(_fallbacks));
    }

    [Fact]
    public void Suggest_WhenTheClassifierWouldFlagTheAnswer_FallsBack()
    {
        var suggestion = Rewriter(new FakeChatClient("Routeway is great for your Q3 rollout. Can we hop on a quick call?")).Suggest(DisguisedFinding, Routeway);

        Assert.Equal(TemplateRewriter.Origin, suggestion?.Origin);
        Assert.Equal(ChatFallbackReason.StillFlagged, Assert.Single(_fallbacks).Reason);
    }

    [Fact]
    public void Suggest_WhenTheAnswerUsesTriggerVocabulary_FallsBack()
    {
        var suggestion = Rewriter(new FakeChatClient("Let's explore your Q3 rollout together with Routeway.")).Suggest(DisguisedFinding, Routeway);

        Assert.Equal(TemplateRewriter.Origin, suggestion?.Origin);
        Assert.Equal(ChatFallbackReason.AvoidedPhrase, Assert.Single(_fallbacks).Reason);
    }

    [Fact]
    public void Suggest_WhenTheClientThrows_FallsBackWithoutTheErrorText()
    {
        var client = new FakeChatClient((_, _) => throw new HttpRequestException("401: key sk-secret rejected", null, System.Net.HttpStatusCode.Unauthorized));

        var suggestion = Rewriter(client).Suggest(DisguisedFinding, Routeway);

        Assert.Equal(TemplateRewriter.Origin, suggestion?.Origin);
        var fallback = Assert.Single(_fallbacks);
        Assert.Equal((ChatFallbackReason.Failed, "HTTP 401"), (fallback.Reason, fallback.Detail));
    }

    [Fact]
    public void Suggest_WhenTheModelDoesNotAnswerInTime_CancelsAndFallsBack()
    {
        var given = CancellationToken.None;
        var client = new FakeChatClient(async (_, ct) =>
        {
            given = ct;
            await Task.Delay(Timeout.Infinite, ct);
            return GoodRewrite;
        });

        var suggestion = Rewriter(client, TimeSpan.FromMilliseconds(50)).Suggest(DisguisedFinding, Routeway);

        Assert.Equal(TemplateRewriter.Origin, suggestion?.Origin);
        Assert.True(given.IsCancellationRequested); // set before any callback runs, so no race with the client's own wake-up
        Assert.Equal(ChatFallbackReason.TimedOut, Assert.Single(_fallbacks).Reason);
    }

    [Fact]
    public void Suggest_WhenTheClientIgnoresCancellation_StillTimesOut()
    {
        var never = new TaskCompletionSource<string>();
        var client = new FakeChatClient((_, _) => never.Task);

        var suggestion = Rewriter(client, TimeSpan.FromMilliseconds(50)).Suggest(DisguisedFinding, Routeway);

        Assert.Equal(TemplateRewriter.Origin, suggestion?.Origin);
        Assert.Equal(ChatFallbackReason.TimedOut, Assert.Single(_fallbacks).Reason);
    }

    [Fact]
    public void Suggest_WhenTheAnswerComesWrappedInAPreambleAndQuotes_UsesTheSentenceAlone()
    {
        var client = new FakeChatClient($"Sure! Here's a more direct version:\n\n\"{GoodRewrite}\"");

        Assert.Equal(GoodRewrite, Rewriter(client).Suggest(DisguisedFinding, Routeway)?.Replacement);
    }

    [Theory]
    [InlineData("")]
    [InlineData("I sell Routeway for your Q3 rollout.\n\nI could also tell you about our pricing tiers and onboarding.")]
    public void Suggest_WhenTheAnswerIsEmptyOrSeveralParagraphs_FallsBack(string answer)
    {
        var suggestion = Rewriter(new FakeChatClient(answer)).Suggest(DisguisedFinding, Routeway);

        Assert.Equal(TemplateRewriter.Origin, suggestion?.Origin);
        Assert.Equal(ChatFallbackReason.Malformed, Assert.Single(_fallbacks).Reason);
    }

    [Fact]
    public void SuggestAll_WhenAnEmailHasTwoFlaggedSentences_AsksForBothAtOnce()
    {
        var bothAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var asked = 0;
        var client = new FakeChatClient(async (messages, ct) =>
        {
            if (Interlocked.Increment(ref asked) == 2)
            {
                bothAsked.SetResult();
            }

            // Neither answer comes until both questions are out: a one-at-a-time rewriter would time out here.
            await bothAsked.Task.WaitAsync(ct);
            return messages[^1].Text.Contains($"Sentence to rewrite: {Ask}", StringComparison.Ordinal)
                ? "If cutting delivery costs before the holiday peak matters, 15 minutes on Thursday is enough to show you how Routeway does it."
                : GoodRewrite;
        });

        var suggestions = Rewriter(client, TimeSpan.FromSeconds(30)).SuggestAll([DisguisedFinding, AskFinding], Routeway);

        Assert.Empty(_fallbacks);
        Assert.All(suggestions, s => Assert.Equal(ChatRewriter.Origin, s?.Origin));
        Assert.Equal(GoodRewrite, suggestions[0]!.Replacement);
        Assert.Contains("15 minutes on Thursday", suggestions[1]!.Replacement, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_WhenTheFindingIsNotASentenceRule_DoesNotAskTheModel()
    {
        var client = new FakeChatClient(GoodRewrite);
        var finding = FindingFor(RuleCatalog.CustomPhrase, "partner");

        Rewriter(client).Suggest(finding, Routeway);

        Assert.Empty(client.Questions);
    }

    private static bool WouldBeFlagged(string sentence) =>
        sentence.Contains("quick call", StringComparison.OrdinalIgnoreCase) || sentence.Contains("love to", StringComparison.OrdinalIgnoreCase);

    private ChatRewriter Rewriter(FakeChatClient client, TimeSpan? timeout = null) =>
        new(client, new TemplateRewriter(wouldBeFlagged: WouldBeFlagged), WouldBeFlagged, new ChatRewriterOptions
        {
            Timeout = timeout ?? TimeSpan.FromSeconds(5),
            OnFallback = f =>
            {
                lock (_fallbacks)
                {
                    _fallbacks.Add(f);
                }
            },
        });
}
