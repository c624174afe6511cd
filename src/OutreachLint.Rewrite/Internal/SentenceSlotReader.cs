using System.Text.RegularExpressions;
using OutreachLint.Core;

namespace OutreachLint.Rewrite.Internal;

/// <summary>Fills the sentence slots (topic, purpose, when, meeting, ask, proof, result, claim) for one flagged sentence.</summary>
internal static partial class SentenceSlotReader
{
    /// <summary>Reads <paramref name="sentence"/>, flagged under <paramref name="rule"/>, with the email's <paramref name="context"/>.</summary>
    public static SentenceReading Read(string rule, string sentence, RewriteContext context)
    {
        var (prefix, body) = SplitPrefix(sentence.Trim(), context.Name);
        var duration = TimePhrases.Duration(body);
        var whens = TimePhrases.When(body)
            .Where(w => duration is not { } d || w.Start >= d.Start + d.Length || w.Start + w.Length <= d.Start).ToList();
        var spans = whens.Select(w => (w.Start, w.Length)).ToList();
        if (duration is { } dur)
        {
            spans.Add((dur.Start, dur.Length));
        }

        var working = TimePhrases.Blank(body, spans);
        var when = whens.Count == 0 ? null : TimePhrases.Join(body, whens);
        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        var lead = LeadReader.Lead(body);
        AddIfPresent(slots, RewriteSlots.Lead, lead);
        // A favour-ask's duration is said by its meeting; listing it again as a fact read "a 30-minute meeting … with a 30-minute".
        var sayElsewhere = rule == Labels.FavorAsk ? duration?.Text ?? "" : "";
        AddIfPresent(slots, RewriteSlots.Facts, FactPhrases.List(body, [context.Product ?? "", context.Company ?? "", sayElsewhere]));
        if (lead is not null)
        {
            AddIfPresent(slots, RewriteSlots.LeadFacts, FactPhrases.List(body, [context.Product ?? "", context.Company ?? "", lead]));
        }

        switch (rule)
        {
            case Labels.DisguisedSelling:
                DisguiseReader.Read(working, slots);
                // "a launch partner for HarvestHub, our app": the topic is the product itself, which has a slot of its own.
                if (slots.TryGetValue(RewriteSlots.Topic, out var topic) && context.Product is { } sold && Phrase.Tidy(topic).Equals(sold, StringComparison.OrdinalIgnoreCase))
                {
                    slots.Remove(RewriteSlots.Topic);
                }

                AddTime(slots, body, working, duration?.Text, when, asMeeting: duration is not null || AskReader.MentionsMeeting(working));
                break;
            case Labels.FavorAsk:
                AddIfPresent(slots, RewriteSlots.Request, LeadReader.Request(body));
                AddIfPresent(slots, RewriteSlots.AskGerund, AskReader.Gerund(body));
                if (ReferralReader.Read(working) is var (third, handoff))
                {
                    slots[RewriteSlots.Third] = third;
                    slots[RewriteSlots.Handoff] = handoff;
                }

                if (AskReader.Request(working) is { } request)
                {
                    slots[RewriteSlots.Ask] = request;
                    AddTime(slots, body, working, duration?.Text, when, asMeeting: duration is not null);
                }
                else
                {
                    // Only an ask for time becomes a meeting; a request for a logo or a review stays as written.
                    AddTime(slots, body, working, duration?.Text, when, asMeeting: duration is not null || AskReader.MentionsMeeting(working));
                    AddIfPresent(slots, RewriteSlots.Topic, Phrase.Topic(working));
                }

                break;
            case Labels.SellerCentric:
                AddIfPresent(slots, RewriteSlots.Proof, ClaimReader.Proof(body));
                AddIfPresent(slots, RewriteSlots.Result, ClaimReader.Result(body));
                // A product named "our …" cannot stand for the company: "We have…" would become "our scanners has…".
                var named = context.Product is { } p && !ProductGrammar.IsOurs(p) ? p : null;
                var subject = context.Sender ?? named ?? RewriteSlots.Placeholder(RewriteSlots.Sender);
                var productName = context.Product ?? RewriteSlots.Placeholder(RewriteSlots.Product);
                var claim = ClaimRewriter.Rewrite(Mention().Replace(body, "", 1), subject, productName);
                slots[RewriteSlots.Claim] = claim;
                if (lead is not null && LeadReader.AfterLead(body) is { } rest)
                {
                    AddIfPresent(slots, RewriteSlots.LeadClaim, ClaimRewriter.Rewrite(Mention().Replace(rest, "", 1), subject, productName));
                }

                // Only when the product is the claim's subject ("our lockers are…"), not its owner ("our lockers' …").
                if (claim.StartsWith(productName, StringComparison.OrdinalIgnoreCase) && claim.Length > productName.Length + 1 && claim[productName.Length] == ' ')
                {
                    slots[RewriteSlots.ClaimIt] = ProductGrammar.Pronoun(productName) + claim[productName.Length..];
                }
                break;
        }

        return new SentenceReading(prefix, slots);
    }

    private static void AddTime(Dictionary<string, string> slots, string body, string working, string? duration, string? when, bool asMeeting)
    {
        if (asMeeting)
        {
            slots[RewriteSlots.Meeting] = AskReader.Meeting(body, working, duration, when);
        }
        else
        {
            AddIfPresent(slots, RewriteSlots.When, when);
        }
    }

    private static void AddIfPresent(Dictionary<string, string> slots, string slot, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            slots[slot] = value;
        }
    }

    private static (string Prefix, string Body) SplitPrefix(string sentence, string? readerName)
    {
        var filler = Filler().Match(sentence);
        if (filler.Success)
        {
            sentence = sentence[filler.Length..];
        }

        var greeting = Greeting().Match(sentence);
        var isGreeting = greeting.Success && (greeting.Groups["hi"].Success || greeting.Groups["n"].Value == readerName);
        return isGreeting ? (greeting.Value.Trim(), sentence[greeting.Length..]) : ("", sentence);
    }

    [GeneratedRegex(@"^\s*(?:(?:kindly\s+)?note\s+that|I\s+(?:thought|wanted\s+to|should|'d\s+like\s+to|would\s+like\s+to)\s+(?:mention|let\s+you\s+know|share|flag|point\s+out|you'd\s+(?:be\s+interested|like|want)\s+to\s+know|you\s+might\s+like\s+to\s+know)\s+that|you\s+might\s+(?:like|want)\s+to\s+know\s+that|I\s+should\s+mention\s+that)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();

    [GeneratedRegex(@"^(?:just\s+)?(?:following\s+up|checking\s+in|circling\s+back|quick\s+question|one\s+more\s+thing)\s*[—–:,.-]*\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"^(?:(?<hi>Hi|Hello|Hey|Dear)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?[A-Z][\p{L}'-]*|(?<n>[A-Z][\p{L}'-]+))\s*,\s*")]
    private static partial Regex Greeting();
}
