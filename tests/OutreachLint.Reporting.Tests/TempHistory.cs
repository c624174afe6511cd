using OutreachLint.Reporting.History;

namespace OutreachLint.Reporting.Tests;

/// <summary>A history file in a fresh temporary folder, deleted afterwards.</summary>
public sealed class TempHistory : IDisposable
{
    public TempHistory()
    {
        Folder = Directory.CreateTempSubdirectory("ol-history-").FullName;
        Path = System.IO.Path.Combine(Folder, "nested", "history.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public AuditHistory Open() => AuditHistory.Open(Path);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
