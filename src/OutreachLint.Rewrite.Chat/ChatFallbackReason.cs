namespace OutreachLint.Rewrite.Chat;

/// <summary>Why a model's answer was not used and the built-in rewriter's suggestion was given instead.</summary>
public enum ChatFallbackReason
{
    /// <summary>The call failed: the endpoint was unreachable, refused the key, or answered with an error.</summary>
    Failed,

    /// <summary>No answer came within the timeout.</summary>
    TimedOut,

    /// <summary>The answer was empty, several paragraphs, or too long to be one or two sentences.</summary>
    Malformed,

    /// <summary>The answer dropped a name, company, product, number, date or duration of the original.</summary>
    LostFact,

    /// <summary>The answer used the trigger vocabulary the built-in rewriter also avoids ("partner", "synergy").</summary>
    AvoidedPhrase,

    /// <summary>The classifier would flag the answer again.</summary>
    StillFlagged,
}
