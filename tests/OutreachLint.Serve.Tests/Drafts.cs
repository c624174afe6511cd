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

    /// <summary>A flagged sentence that stands only in the quoted mail, which must never be judged.</summary>
    public const string QuotedPitch = "Our award-winning platform has helped more than two hundred logistics companies, and we'd love to explore a partnership with you.";

    /// <summary>The rep's pitch as it stands in the HTML below: a bold word inside, so a rewrite must cross elements.</summary>
    public const string PitchHtml = "We'd love to <b>partner</b> with you on your Q3 rollout.";

    /// <summary>
    /// A reply draft as Outlook on the web's <c>body.getAsync(Html)</c> gives it: the rep's lines, then Outlook's reply
    /// marker, header and the quoted mail. Written in the form a browser serialises HTML, so an untouched part compares equal.
    /// </summary>
    public const string HtmlReply =
        "<html><head><meta charset=\"utf-8\"><style>p { margin: 0; }</style></head><body>"
        + "<div>Hi Dana,</div><div><br></div>"
        + "<div>I saw that Northwind is rolling out its new warehouse system in Q3. " + PitchHtml + " " + FavourAsk + "</div>"
        + "<div><br></div><div>Best,</div><div>Sam</div>"
        + "<div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
        + "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" color=\"#000000\" style=\"font-size:11pt\">"
        + "<b>From:</b> Mark Jones &lt;mark@fabrikam.example&gt;<br><b>Sent:</b> Monday, March 2, 2026 9:14 AM<br>"
        + "<b>To:</b> Sam Carter &lt;sam@contoso.example&gt;<br><b>Subject:</b> Warehouse rollout</font><div>&nbsp;</div></div>"
        + "<div>Hi Sam,</div><div>" + QuotedPitch + " Could you spare an hour for a demo next week?</div><div>Mark</div>"
        + "</body></html>";

    /// <summary>A clean reply whose quoted mail is a pitch: the rep's own words are logistics.</summary>
    public const string HtmlCleanReplyToPitch =
        "<html><head></head><body><div>Hi Mark,</div><div><br></div><div>Thanks, but we have already chosen a vendor for the rollout. I will let you know if that changes.</div>"
        + "<div><br></div><div>Sam</div><div id=\"appendonsend\"></div><hr>"
        + "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><b>From:</b> Mark Jones &lt;mark@fabrikam.example&gt;<br><b>Sent:</b> Monday, March 2, 2026 9:14 AM<br><b>Subject:</b> Warehouse rollout</div>"
        + "<div>" + QuotedPitch + " " + Pitch + " " + FavourAsk + "</div></body></html>";
}
