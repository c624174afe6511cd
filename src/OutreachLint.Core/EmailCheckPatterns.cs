using System.Text.RegularExpressions;

namespace OutreachLint.Core;

/// <summary>The phrase patterns the email-level checks rely on, compiled once.</summary>
internal static partial class EmailCheckPatterns
{
    /// <summary>A sentence that says plainly what is offered or what it costs.</summary>
    [GeneratedRegex(@"\b(i|we) (sell|make|build|provide|offer|run|supply|install)\b|\bour (product|software|service|tool|app)s? (is|does|lets|cuts|runs)\b|\b(price|pricing|costs?|quote|proposal|subscription|licen[cs]e|per (month|year|user|seat))\b|[$£€₹]\s?\d", RegexOptions.IgnoreCase)]
    public static partial Regex PlainOffer();

    /// <summary>A sentence about the reader's own goal or outcome.</summary>
    [GeneratedRegex(@"\byou(r|'re|'ll)?\b.{0,60}\b(goal|target|plan|priority|priorities|aim|want|need|cut|reduce|grow|save|hit|launch|hire|close|improve|increase|lower|avoid|finish|deadline|backlog|budget|problem|challenge)s?\b|\b(goal|target|plan|priority|deadline|backlog|budget)s?\b.{0,40}\byour?\b", RegexOptions.IgnoreCase)]
    public static partial Regex ReaderOutcome();

    /// <summary>A clause that names what the reader gets.</summary>
    [GeneratedRegex(@"\b(so (that )?you|help(s)? you|you('ll| will| would| could) (get|see|save|cut|know|have|leave)|save(s)? you|for your team|your team (could|can|will)|in return|you get)\b", RegexOptions.IgnoreCase)]
    public static partial Regex ReaderBenefit();
}
