namespace OutreachLint.Mail.Sources;

/// <summary>
/// A stream of mail items from one input. Sources never throw for an unreadable message: they yield a
/// <see cref="MailItem"/> with <see cref="MailItem.Error"/> set and carry on, so one bad input never hides the rest.
/// Messages keep the content of their text parts only; other part bodies (attachments) are dropped, so a
/// 50 MB attachment is never held in memory.
/// </summary>
public interface IMessageSource
{
    /// <summary>Reads every item of the input in order; only cancellation ends the enumeration early.</summary>
    IAsyncEnumerable<MailItem> ReadAsync(CancellationToken ct);
}
