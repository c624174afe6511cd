namespace OutreachLint.Core;

/// <summary>Why a block of a message body is not the author's own words.</summary>
public enum SetAsideKind
{
    /// <summary>A quoted reply: "&gt;" lines, "On … wrote:", Outlook's header block and everything below it.</summary>
    Quote,

    /// <summary>A forwarded message.</summary>
    Forward,

    /// <summary>A signature block: after "-- " or a sign-off followed by name, title and company.</summary>
    Signature,

    /// <summary>A legal or confidentiality disclaimer.</summary>
    Disclaimer,

    /// <summary>A device footer such as "Sent from my iPhone".</summary>
    DeviceFooter,
}
