using System.IO.Compression;

namespace OutreachLint.Cli.Serve;

/// <summary>
/// The zip Outlook's "Add a custom add-in from file" takes for a unified manifest: manifest.json and the two icons
/// it names, at the paths it names them.
/// </summary>
internal static class AddinPackage
{
    /// <summary>Where <c>serve</c> offers the zip.</summary>
    public const string Route = "/outlook-addin.zip";

    /// <summary>The file name a browser saves it under.</summary>
    public const string FileName = "outreachlint-outlook-addin.zip";

    /// <summary>The zip's bytes.</summary>
    public static byte[] Build(byte[] manifest, byte[] colorIcon, byte[] outlineIcon)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(colorIcon);
        ArgumentNullException.ThrowIfNull(outlineIcon);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, bytes) in new[] { ("manifest.json", manifest), ("assets/color.png", colorIcon), ("assets/outline.png", outlineIcon) })
            {
                // A fixed timestamp keeps the zip the same from run to run.
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }
}
