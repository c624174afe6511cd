namespace OutreachLint.Audit.Tests.Harness;

/// <summary>Makes sure Chromium is there once for every test that needs it.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public Chromium Browser { get; private set; } = null!;

    public async Task InitializeAsync() => Browser = await Chromium.EnsureAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
