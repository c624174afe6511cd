namespace OutreachLint.Imap.Tests.Harness;

/// <summary>The tests that share one seeded Dovecot; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class DovecotCollection : ICollectionFixture<DovecotFixture>
{
    public const string Name = "Dovecot";
}
