namespace OutreachLint.Cli;

/// <summary>Disposes something at the end of a scope only if it was ever created.</summary>
internal sealed class LazyDisposal(Func<IDisposable?> created) : IDisposable
{
    public void Dispose() => created()?.Dispose();
}
