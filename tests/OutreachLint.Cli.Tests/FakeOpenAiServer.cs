using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OutreachLint.Cli.Tests;

/// <summary>
/// An OpenAI-compatible chat-completions endpoint on loopback, answering from a function of the sentence the rewriter
/// asks about, and recording every request so tests can see what was sent and with which key.
/// </summary>
internal sealed partial class FakeOpenAiServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<string, string> _rewrite;
    private readonly int _status;
    private readonly Task _loop;

    /// <param name="rewrite">The answer for a sentence.</param>
    /// <param name="status">The HTTP status to answer with; anything but 200 sends an OpenAI error body instead.</param>
    public FakeOpenAiServer(Func<string, string> rewrite, int status = 200)
    {
        _rewrite = rewrite;
        _status = status;
        var port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        BaseUrl = $"http://127.0.0.1:{port}/v1";
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The endpoint to configure, ending in <c>/v1</c>.</summary>
    public string BaseUrl { get; }

    public ConcurrentQueue<(string Path, string? Authorization, string Body)> Requests { get; } = new();

    /// <summary>The sentence a recorded request asked to rewrite.</summary>
    public static string SentenceIn(string body)
    {
        using var json = JsonDocument.Parse(body);
        var last = json.RootElement.GetProperty("messages").EnumerateArray().Last().GetProperty("content");
        var text = last.ValueKind == JsonValueKind.String
            ? last.GetString()!
            : string.Concat(last.EnumerateArray().Select(part => part.GetProperty("text").GetString()));
        return SentenceLine().Match(text).Groups[1].Value.Trim();
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            Requests.Enqueue((context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body));
            var reply = _status == 200 ? Completion(_rewrite(SentenceIn(body))) : Error();
            context.Response.StatusCode = _status;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(reply);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_764_000_000,
        model = "gpt-test",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 100, completion_tokens = 20, total_tokens = 120 },
    });

    // Real servers quote part of a refused key back; the CLI must not print this text.
    private string Error() => JsonSerializer.Serialize(new
    {
        error = new { message = $"Incorrect API key provided: {Requests.Last().Authorization}", type = "invalid_request_error", code = "invalid_api_key" },
    });

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Sentence to rewrite: (.*)")]
    private static partial Regex SentenceLine();
}
