using System.Text;
using OutreachLint.Core;

namespace OutreachLint.Classifier;

/// <summary>
/// Reads labelled TSV files (<c>label&lt;TAB&gt;text</c>, extra columns ignored) and refuses anything doubtful:
/// a missing header, an unknown label, an empty text or bytes that are not UTF-8 stop the read with the file and line.
/// </summary>
public static class TrainingDataReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads every <c>*.tsv</c> directly in <paramref name="directory"/>, in ordinal file-name order.</summary>
    /// <exception cref="TrainingDataException">A file is malformed, or the folder holds no TSV.</exception>
    public static IReadOnlyList<LabeledSentence> ReadDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var files = Directory.GetFiles(directory, "*.tsv").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new TrainingDataException(directory, 0, "no *.tsv files to train on");
        }

        return files.SelectMany(ReadFile).ToList();
    }

    /// <summary>Reads one TSV file.</summary>
    /// <exception cref="TrainingDataException">The file is malformed.</exception>
    public static IReadOnlyList<LabeledSentence> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string content;
        try
        {
            content = StrictUtf8.GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException e)
        {
            throw new TrainingDataException(path, FirstInvalidLine(File.ReadAllBytes(path)), $"invalid UTF-8 ({e.Message.Split('.')[0]})");
        }
        catch (IOException e)
        {
            throw new TrainingDataException(path, 0, e.Message);
        }

        var lines = content.TrimStart('\uFEFF').Split('\n');
        var header = lines[0].TrimEnd('\r').Split('\t');
        if (header.Length < 2 || header[0] != "label" || header[1] != "text")
        {
            throw new TrainingDataException(path, 1, "the header must be \"label<TAB>text\"");
        }

        var rows = new List<LabeledSentence>();
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 && i == lines.Length - 1)
            {
                break; // the final newline
            }

            var cells = line.Split('\t');
            if (cells.Length < 2 || string.IsNullOrWhiteSpace(cells[1]))
            {
                throw new TrainingDataException(path, i + 1, "empty text");
            }

            if (!Labels.IsKnown(cells[0]))
            {
                throw new TrainingDataException(path, i + 1, $"unknown label \"{cells[0]}\" (expected one of {string.Join(", ", Labels.All)})");
            }

            rows.Add(new LabeledSentence(cells[0], cells[1].Trim(), path, i + 1));
        }

        return rows;
    }

    private static int FirstInvalidLine(byte[] bytes)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != '\n')
            {
                continue;
            }

            try
            {
                StrictUtf8.GetString(bytes, start, i - start);
            }
            catch (DecoderFallbackException)
            {
                return line;
            }

            line++;
            start = i + 1;
        }

        return line;
    }
}
