using System.Text;

namespace OutreachLint.Mail.Sources;

/// <summary>Decides by content, not by file name, whether input is an mbox, a MIME message or plain text.</summary>
internal static class ContentSniffer
{
    /// <summary>How much of an input is inspected; long Received chains fit comfortably.</summary>
    public const int HeadSize = 64 * 1024;

    private static readonly HashSet<string> KnownHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Received",
    };

    /// <summary>Classifies the head of an input; <paramref name="complete"/> says the head is the whole input.</summary>
    public static InputKind Sniff(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        if (head.IsEmpty)
        {
            return InputKind.Empty;
        }

        if (head.Contains((byte)0))
        {
            return InputKind.Binary;
        }

        // "From the desk of…" also starts with "From ": an mbox separator line is followed by a header block.
        var newline = head.IndexOf((byte)'\n');
        if (head.StartsWith("From "u8) && newline > 0 && LooksLikeHeaderBlock(head[(newline + 1)..], complete))
        {
            return InputKind.Mbox;
        }

        return LooksLikeHeaderBlock(head, complete) ? InputKind.Mime : InputKind.PlainText;
    }

    private static bool LooksLikeHeaderBlock(ReadOnlySpan<byte> head, bool complete)
    {
        // Latin-1 maps bytes one to one, so a non-UTF-8 header block still splits into the same lines.
        var lines = Encoding.Latin1.GetString(head).Split('\n');
        var lastIndex = complete ? lines.Length : lines.Length - 1; // the last line may be cut off by the head limit
        var headerLines = 0;
        var known = false;
        for (var i = 0; i < lastIndex; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                break;
            }

            if (line[0] is ' ' or '\t')
            {
                if (headerLines == 0)
                {
                    return false;
                }

                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0 || !IsFieldName(line.AsSpan(0, colon)))
            {
                return false;
            }

            headerLines++;
            known |= KnownHeaders.Contains(line[..colon]);
        }

        return headerLines > 0 && known;
    }

    private static bool IsFieldName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
