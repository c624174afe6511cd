using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutreachLint.Serve.Tests;

/// <summary>A minimal Chrome DevTools Protocol client for one page target: commands by id, events kept for inspection.</summary>
public sealed class CdpSession : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentDictionary<string, Func<JsonElement, Task>> _handlers = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private int _nextId;

    /// <summary>Every event the browser sent, as (method, params), in arrival order.</summary>
    public ConcurrentQueue<(string Method, JsonElement Params)> Events { get; } = new();

    /// <summary>Connects to a target's <c>webSocketDebuggerUrl</c> and enables the Runtime and Log domains.</summary>
    public static async Task<CdpSession> ConnectAsync(Uri webSocketUrl)
    {
        var session = new CdpSession();
        session._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await session._socket.ConnectAsync(webSocketUrl, CancellationToken.None);
        session._receiving = Task.Run(session.ReceiveLoopAsync);
        await session.SendAsync("Runtime.enable");
        await session.SendAsync("Log.enable");
        return session;
    }

    /// <summary>Sends one command and returns its <c>result</c>.</summary>
    /// <exception cref="InvalidOperationException">The browser answered with an error.</exception>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = done;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        return await done.Task.WaitAsync(CommandTimeout);
    }

    /// <summary>
    /// Runs <paramref name="handler"/> for every <paramref name="method"/> event, off the receive loop so it may send
    /// commands itself (as a paused request must be answered).
    /// </summary>
    public void On(string method, Func<JsonElement, Task> handler) => _handlers[method] = handler;

    /// <summary>Navigates the page to <paramref name="url"/> and waits until <paramref name="ready"/> holds in it.</summary>
    public async Task NavigateAsync(Uri url, string ready)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url.ToString() });
        await WaitForAsync($"location.href === {JsonSerializer.Serialize(url.ToString())} && document.readyState === 'complete' && ({ready})");
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page (awaiting promises) and returns its JSON value.</summary>
    /// <exception cref="InvalidOperationException">The expression threw in the page.</exception>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result.TryGetProperty("exceptionDetails", out var error))
        {
            throw new InvalidOperationException($"page threw on {expression}: {error}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>Polls <paramref name="expression"/> until it is true.</summary>
    /// <exception cref="TimeoutException">It stayed false for <paramref name="timeout"/>.</exception>
    public async Task WaitForAsync(string expression, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (await EvaluateAsync($"Boolean({expression})") is { ValueKind: JsonValueKind.True })
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"page never satisfied {expression}; status: {await EvaluateAsync("document.getElementById('status')?.textContent ?? ''")}");
    }

    /// <summary>Saves a PNG of the page, for a person reading the test output.</summary>
    public async Task ScreenshotAsync(string path)
    {
        // The whole page, not only the viewport, so the findings below the draft are in the picture.
        var size = (await SendAsync("Page.getLayoutMetrics")).GetProperty("cssContentSize");
        var clip = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = size.GetProperty("width").GetDouble(), ["height"] = size.GetProperty("height").GetDouble(), ["scale"] = 1 };
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["clip"] = clip, ["captureBeyondViewport"] = true });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // The browser may already have gone; there is nothing left to close.
        }

        await _receiving.ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var chunk = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (chunk.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, chunk.Count);
                if (!chunk.EndOfMessage)
                {
                    continue;
                }

                Dispatch(JsonDocument.Parse(message.ToArray()).RootElement.Clone());
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closing: fail whatever is still waiting rather than leave it hanging.
        }

        foreach (var waiting in _pending.Values)
        {
            waiting.TrySetException(new InvalidOperationException("the DevTools connection closed"));
        }
    }

    private void Dispatch(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var waiting))
        {
            if (message.TryGetProperty("error", out var error))
            {
                waiting.TrySetException(new InvalidOperationException($"DevTools error: {error}"));
            }
            else
            {
                waiting.TrySetResult(message.GetProperty("result"));
            }
        }
        else if (message.TryGetProperty("method", out var method))
        {
            var parameters = message.TryGetProperty("params", out var p) ? p : default;
            Events.Enqueue((method.GetString()!, parameters));
            if (_handlers.TryGetValue(method.GetString()!, out var handler))
            {
                _ = Task.Run(() => handler(parameters));
            }
        }
    }
}
