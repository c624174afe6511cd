using System.Security.Cryptography;
using System.Text;

namespace OutreachLint.Classifier;

/// <summary>A SHA-256 over the training files' names and bytes, so a model can prove which data made it.</summary>
public static class DataHash
{
    /// <summary>Hashes every <c>*.tsv</c> in <paramref name="directory"/> in ordinal name order; line endings normalised to LF.</summary>
    public static string Of(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(directory, "*.tsv").Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            var bytes = File.ReadAllBytes(file);
            sha.AppendData(bytes.Where(b => b != '\r').ToArray()); // a Windows checkout with CRLF must hash the same
        }

        return "sha256:" + Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant();
    }
}
