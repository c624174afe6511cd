using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace OutreachLint.Rewrite.Chat.Tests;

/// <summary>A chat model that answers from a function and remembers every question, so tests need no endpoint.</summary>
internal sealed class FakeChatClient(Func<IReadOnlyList<ChatMessage>, CancellationToken, Task<string>> answer) : IChatClient
{
    public FakeChatClient(string reply)
        : this((_, _) => Task.FromResult(reply))
    {
    }

    public ConcurrentQueue<IReadOnlyList<ChatMessage>> Questions { get; } = new();

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var asked = messages.ToList();
        Questions.Enqueue(asked);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, await answer(asked, cancellationToken)));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the chat rewriter never streams");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
