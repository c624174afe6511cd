namespace OutreachLint.Identity.Tests.Harness;

/// <summary>A fresh folder under /tmp for one test's token cache, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("olid-").FullName;

    /// <summary>The cache folder inside <see cref="Root"/>, not yet created: the code under test makes it.</summary>
    public string CacheDirectory => Path.Join(Root, "outreachlint", "msal");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
