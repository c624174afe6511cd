namespace OutreachLint.Audit.Tests;

/// <summary>
/// Tests that time a signal against a running audit run alone, after the parallel ones: on two cores, another test's
/// audit or Chromium competing for the CPU changes how far the audit gets before the signal lands.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "serial";
}
