using System.Text.RegularExpressions;

namespace OutreachLint.Classifier;

/// <summary>
/// Hand-made features that carry meaning n-grams only see word by word: who the sentence is about (I/we vs you),
/// whether it asks, and which of the three failure families its vocabulary leans to.
/// </summary>
public static partial class SentenceFeatures
{
    /// <summary>The length of the feature vector; part of the model's schema.</summary>
    public const int Count = 12;

    /// <summary>Computes the features of an already normalised sentence.</summary>
    public static float[] Compute(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var words = Word().Matches(normalized);
        var self = 0;
        var reader = 0;
        foreach (Match w in words)
        {
            switch (w.Value)
            {
                case "i" or "we" or "our" or "ours" or "us" or "me" or "my" or "i'm" or "we're" or "we've" or "we'd" or "i'd" or "we'll" or "i'll":
                    self++;
                    break;
                case "you" or "your" or "yours" or "you're" or "you've" or "you'd" or "you'll":
                    reader++;
                    break;
            }
        }

        return
        [
            Scale(self, 4),
            Scale(reader, 4),
            Math.Sign(self - reader),
            normalized.EndsWith('?') ? 1 : 0,
            AskOpening().IsMatch(normalized) ? 1 : 0,
            Scale(Partnership().Count(normalized), 2),
            Scale(TimeAsk().Count(normalized), 2),
            Scale(Boast().Count(normalized), 2),
            Scale(ReaderBenefit().Count(normalized), 2),
            Scale(Operations().Count(normalized), 2),
            Scale(words.Count, 40),
            normalized.Contains('0') ? 1 : 0,
        ];
    }

    private static float Scale(int value, int cap) => Math.Min(value, cap) / (float)cap;

    [GeneratedRegex(@"[a-z]+(?:'[a-z]+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(could|can|would|may|might|do|are|is|will|any chance|mind if|open to|let me know when)\b")]
    private static partial Regex AskOpening();

    [GeneratedRegex(@"\b(partner\w*|collaborat\w*|synerg\w*|opportunit\w*|explor\w*|align\w*|together|mutual\w*|join forces|relationship|fit)\b")]
    private static partial Regex Partnership();

    [GeneratedRegex(@"\b(minutes?|mins?|call|chat|meeting|calendar|demo|intro\w*|connect|coffee|catch up|slot|free|time|quick|brain|feedback|refer\w*)\b")]
    private static partial Regex TimeAsk();

    [GeneratedRegex(@"\b(leading|leader|award\w*|best|trusted|innovative|world-class|proprietary|cutting-edge|fastest|recogni[sz]ed|named|funding|raised|solution|platform|empower\w*|passionate|pride|expert\w*|unique|only)\b")]
    private static partial Regex Boast();

    [GeneratedRegex(@"\b(so you|so that you|save you|saves you|your team|help you|you'll|you will|you get|your goal|your target)\b")]
    private static partial Regex ReaderBenefit();

    [GeneratedRegex(@"\b(attached|attachment|meter|nom\w*|invoice|deal|spreadsheet|volumes?|schedule\w*|fyi|contract|ticket|report|deadline|please)\b")]
    private static partial Regex Operations();
}
