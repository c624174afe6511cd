namespace OutreachLint.Classifier.Tests;

public sealed class TrainingDataReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ol-tsv-").FullName;

    [Theory]
    [InlineData("text\tlabel\nok\thello\n", 1, "header")]
    [InlineData("label\ttext\nok\thello\nspam\tbuy now\n", 3, "unknown label \"spam\"")]
    [InlineData("label\ttext\nok\thello\nok\t   \n", 3, "empty text")]
    [InlineData("label\ttext\nok\thello\nok\n", 3, "empty text")]
    public void ReadFile_WhenMalformed_NamesFileAndLine(string content, int line, string problem)
    {
        var path = Write(content);
        var error = Assert.Throws<TrainingDataException>(() => TrainingDataReader.ReadFile(path));
        Assert.StartsWith($"{path}:{line}: ", error.Message);
        Assert.Contains(problem, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void ReadFile_WhenBytesAreNotUtf8_NamesTheLine()
    {
        var path = Path.Combine(_dir, "bad.tsv");
        File.WriteAllBytes(path, [.. "label\ttext\nok\tfine\nok\tbad "u8.ToArray(), 0xC3, 0x28, (byte)'\n']);
        var error = Assert.Throws<TrainingDataException>(() => TrainingDataReader.ReadFile(path));
        Assert.StartsWith($"{path}:3: invalid UTF-8", error.Message);
    }

    [Fact]
    public void ReadFile_WhenWellFormed_KeepsExtraColumnsOutAndCountsLines()
    {
        var rows = TrainingDataReader.ReadFile(Write("label\ttext\tkind\nok\tPartner at Hale LLP\thard\r\nfavor-ask\tgot 15 min?\t\n"));
        Assert.Equal(2, rows.Count);
        Assert.Equal(("ok", "Partner at Hale LLP", 2), (rows[0].Label, rows[0].Text, rows[0].Line));
        Assert.Equal(("favor-ask", 3), (rows[1].Label, rows[1].Line));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string content)
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllText(path, content);
        return path;
    }
}
