namespace OutreachLint.Serve.Tests;

/// <summary>Drafts the tests paste; the flagged sentences are the contract's own examples of disguised selling and a favour-ask.</summary>
internal static class Drafts
{
    public const string Pitch = "We'd love to partner with you on your Q3 rollout.";

    public const string FavourAsk = "Could you spare 30 minutes for a quick call next week?";

    /// <summary>A prospecting draft with one OL001 and one OL002 sentence.</summary>
    public const string Flagged =
        "Hi Dana,\n\nI saw that Northwind is rolling out its new warehouse system in Q3. " + Pitch + " " + FavourAsk + "\n\nBest,\nSam\n";

    /// <summary>Plain logistics: nothing to find.</summary>
    public const string Clean =
        "Hi Dana,\n\nThanks for sending the invoice for March. I have forwarded it to our accounts team and they will pay it by Friday.\n\nBest,\nSam\n";

    /// <summary>The flagged draft with markup that would run script if the page parsed the draft as HTML.</summary>
    public const string Hostile =
        "Hi Dana,\n\n<img src=x onerror=\"window.__pwned = 1\"><script>window.__pwned = 2</script> " + Pitch + "\n\nBest,\nSam\n";
}
