namespace OutreachLint.Reporting.History;

/// <summary>What a sent message is to the audit: prospecting mail (a first touch or a follow-up), or internal mail.</summary>
public enum MessageKind
{
    /// <summary>Prospecting mail that starts a conversation.</summary>
    FirstTouch,

    /// <summary>Prospecting mail that answers or chases an earlier message (In-Reply-To, References or "Re:").</summary>
    FollowUp,

    /// <summary>Every recipient is inside the company's own domains; excluded from the figures, but counted.</summary>
    Internal,
}
