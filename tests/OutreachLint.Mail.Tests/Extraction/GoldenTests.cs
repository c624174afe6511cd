using MimeKit;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Mail.Tests.Extraction;

/// <summary>
/// Each Golden/NAME.eml must extract to exactly Golden/NAME.expected.txt; when Golden/NAME.kinds.txt exists,
/// the set-aside parts must carry those kinds, one per line, in order.
/// </summary>
public sealed class GoldenTests
{
    private static readonly string GoldenDirectory = Path.Combine(AppContext.BaseDirectory, "Golden");

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(GoldenDirectory, "*.eml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Fact]
    public void Golden_Folder_HasAtLeastFortyCases()
    {
        Assert.True(Names().Count >= 40, $"only {Names().Count} golden emails in {GoldenDirectory}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Extract_GoldenEmail_MatchesExpectedAuthorText(string name)
    {
        var document = Extract(name);

        Assert.Null(document.Error);
        Assert.Equal(ReadExpected(name + ".expected.txt"), document.AuthorText);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Extract_GoldenEmail_SetsAsideExpectedKinds(string name)
    {
        var kindsFile = Path.Combine(GoldenDirectory, name + ".kinds.txt");
        Assert.True(File.Exists(kindsFile), $"{name}.kinds.txt is missing");

        var expected = ReadExpected(name + ".kinds.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var actual = Extract(name).SetAside.Select(p => p.Kind.ToString()).ToArray();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Extract_GoldenEmail_AuthorTextIsNormalised(string name)
    {
        var text = Extract(name).AuthorText;

        Assert.DoesNotContain('\r', text);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.Equal(text.Trim('\n'), text);
        Assert.All(text.Split('\n'), line => Assert.Equal(line.TrimEnd(), line));
    }

    private static OutreachLint.Core.EmailDocument Extract(string name)
    {
        var message = MimeMessage.Load(Path.Combine(GoldenDirectory, name + ".eml"));
        return new AuthorTextExtractor().Extract(new MailItem(name + ".eml", message, null, null));
    }

    /// <summary>Golden files end with one newline, as the editorconfig wants; it is not part of the text.</summary>
    private static string ReadExpected(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(GoldenDirectory, fileName)).Replace("\r\n", "\n", StringComparison.Ordinal);
        return text.EndsWith('\n') ? text[..^1] : text;
    }
}
