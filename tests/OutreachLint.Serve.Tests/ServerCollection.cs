namespace OutreachLint.Serve.Tests;

/// <summary>Shares one server (and its loaded model) across the API and browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "server";
}
