using Microsoft.AspNetCore.Http;
using MimeKit;

namespace OutreachLint.Cli.Serve;

/// <summary>
/// Turns a check request into the MIME message a saved draft would be, so the API reads it through the same
/// extraction as <c>check</c> reads a file: HTML rendered, quoted replies and signatures set aside, envelope parsed.
/// </summary>
internal static class DraftMessage
{
    /// <summary>The message for <paramref name="request"/>; its body is empty when the request carries <c>text</c>.</summary>
    /// <exception cref="BadRequestException">The body type is unknown or an address cannot be parsed.</exception>
    public static MimeMessage From(CheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = new MimeMessage { Subject = request.Subject ?? "" };

        // MimeKit stamps a new message with the current time; a draft has no date of its own, and the stamp made the
        // same draft answer differently from one second to the next.
        message.Headers.Remove(HeaderId.Date);
        if (!string.IsNullOrWhiteSpace(request.From))
        {
            message.From.AddRange(Addresses(request.From, "from"));
        }

        foreach (var to in (request.To ?? []).Where(a => !string.IsNullOrWhiteSpace(a)))
        {
            message.To.AddRange(Addresses(to, "to"));
        }

        message.Body = request.Body is null ? new TextPart("plain") { Text = "" } : new TextPart(Subtype(request.BodyType)) { Text = request.Body };
        return message;
    }

    private static string Subtype(string? bodyType) => bodyType?.ToLowerInvariant() switch
    {
        null or "text" => "plain",
        "html" => "html",
        _ => throw new BadRequestException(StatusCodes.Status400BadRequest, "\"bodyType\" must be \"text\" or \"html\""),
    };

    private static InternetAddressList Addresses(string value, string field) =>
        InternetAddressList.TryParse(value, out var list)
            ? list
            : throw new BadRequestException(StatusCodes.Status400BadRequest, $"\"{field}\" holds an address that cannot be parsed");
}
