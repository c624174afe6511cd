namespace OutreachLint.Cli.Serve;

/// <summary>A request the API refuses; the message becomes the one-line <c>error</c> of the response.</summary>
internal sealed class BadRequestException(int statusCode, string message) : Exception(message)
{
    /// <summary>The HTTP status to answer with (400, 413 or 415).</summary>
    public int StatusCode { get; } = statusCode;
}
