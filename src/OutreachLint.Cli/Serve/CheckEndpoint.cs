using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OutreachLint.Core;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;
using OutreachLint.Reporting;

namespace OutreachLint.Cli.Serve;

/// <summary>
/// <c>POST /api/check</c>: lints one draft and answers with <c>check --format json</c>'s message object, plus the
/// <c>authorText</c> its offsets index.
/// </summary>
internal sealed class CheckEndpoint(ServeEngines engines)
{
    private static readonly AuthorTextExtractor Extractor = new();
    private static readonly JsonSerializerOptions RequestJson = new(JsonSerializerDefaults.Web);
    private static readonly JsonSerializerOptions ErrorJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions ResponseJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Handles one request; refusals are a status and a one-line <c>{"error": "..."}</c>, never an echo of the draft.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        LintResult result;
        try
        {
            var request = await ReadAsync(context.Request, context.RequestAborted);
            var document = ToDocument(request);
            result = engines.For(document).Lint(document);
        }
        catch (BadRequestException e)
        {
            await WriteErrorAsync(context.Response, e.StatusCode, e.Message);
            return;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ResponseJson))
        {
            JsonReportWriter.WriteMessage(json, result, includeAuthorText: true);
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    /// <summary>Writes a refusal as <c>{"error": message}</c>.</summary>
    public static async Task WriteErrorAsync(HttpResponse response, int statusCode, string message)
    {
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(JsonSerializer.Serialize(new { error = message }, ErrorJson));
    }

    private static async Task<CheckRequest> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        // Requiring JSON makes a cross-site form post need a CORS preflight, which this server never grants.
        if (!request.HasJsonContentType())
        {
            throw new BadRequestException(StatusCodes.Status415UnsupportedMediaType, "the body must be application/json");
        }

        if (request.ContentLength > ServeHost.MaxRequestBytes)
        {
            throw TooLarge();
        }

        CheckRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<CheckRequest>(request.Body, RequestJson, ct);
        }
        catch (JsonException e)
        {
            // The parser's own text carries paths and positions over several clauses; the first clause is the reason.
            throw new BadRequestException(StatusCodes.Status400BadRequest, $"invalid JSON: {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.')}");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }

        if (body is null || (body.Text is null) == (body.Body is null))
        {
            throw new BadRequestException(StatusCodes.Status400BadRequest, "exactly one of \"body\" and \"text\" is required");
        }

        return body;
    }

    private static BadRequestException TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, $"the request is larger than {ServeHost.MaxRequestBytes / 1024} KB");

    private static EmailDocument ToDocument(CheckRequest request)
    {
        using var message = DraftMessage.From(request);
        var document = Extractor.Extract(new MailItem("draft", message, null, null));

        // Pasted text is only the rep's own words: judged as it stands, so offsets index exactly what the page shows.
        return request.Text is { } text
            ? document with { AuthorText = text.ReplaceLineEndings("\n"), SetAside = [] }
            : document;
    }
}
