using System.Text;

namespace OutreachLint.Rewrite.Tests;

public sealed class RewriteTemplateSetTests
{
    private const string Others = """
        { "id": "fa-1", "rule": "favor-ask", "slots": ["meeting"], "text": "{meeting} would do." },
        { "id": "sc-1", "rule": "seller-centric", "slots": ["claim"], "text": "For context, {claim}." }
        """;

    [Fact]
    public void Default_WhenLoaded_HasSeveralTemplatesPerRule()
    {
        var set = RewriteTemplateSet.Default;
        Assert.All(new[] { "disguised-selling", "favor-ask", "seller-centric" }, rule => Assert.True(set.ForRule(rule).Count() >= 5, rule));
        Assert.Contains("partner*", set.AvoidPhrases);
    }

    [Fact]
    public void Load_WhenStreamHoldsValidFile_ReadsTemplatesInOrder()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(File("""{ "id": "ds-1", "rule": "disguised-selling", "slots": ["product"], "text": "I sell {product}." }""")));
        var set = RewriteTemplateSet.Load(stream);
        Assert.Equal(["ds-1", "fa-1", "sc-1"], set.Templates.Select(t => t.Id));
        Assert.Equal(["product"], set.Templates[0].Slots);
    }

    [Theory]
    [InlineData("""{ "id": "bad-slot", "rule": "disguised-selling", "slots": ["price"], "text": "I sell {price}." }""", "bad-slot", "unknown slot 'price'")]
    [InlineData("""{ "id": "bad-rule", "rule": "hidden-intent", "slots": ["product"], "text": "I sell {product}." }""", "bad-rule", "unknown rule 'hidden-intent'")]
    [InlineData("""{ "id": "empty", "rule": "disguised-selling", "slots": [], "text": "  " }""", "empty", "the template text is empty")]
    [InlineData("""{ "id": "no-text", "rule": "disguised-selling", "slots": [] }""", "no-text", "the template text is empty")]
    [InlineData("""{ "id": "undeclared", "rule": "disguised-selling", "slots": [], "text": "I sell {product}." }""", "undeclared", "text uses slot 'product' that \"slots\" does not list")]
    [InlineData("""{ "id": "unknown-marker", "rule": "disguised-selling", "slots": [], "text": "I sell {widget}." }""", "unknown-marker", "unknown slot '{widget}' in text")]
    [InlineData("""{ "id": "unused", "rule": "disguised-selling", "slots": ["product", "company"], "text": "I sell {product}." }""", "unused", "lists slot 'company' but the text never uses it")]
    [InlineData("""{ "id": "twice", "rule": "disguised-selling", "slots": ["product", "product"], "text": "I sell {product}." }""", "twice", "slot 'product' is listed twice")]
    [InlineData("""{ "id": "brace", "rule": "disguised-selling", "slots": ["product"], "text": "I sell {product}}." }""", "brace", "unbalanced '{' or '}' in text")]
    [InlineData("""{ "id": "trigger", "rule": "disguised-selling", "slots": ["product"], "text": "Let's partner on {product}." }""", "trigger", "text uses trigger vocabulary 'partner'")]
    [InlineData("""{ "id": "typo", "rule": "disguised-selling", "slots": ["product"], "txt": "x", "text": "I sell {product}." }""", "typo", "unknown property 'txt'")]
    [InlineData("""{ "rule": "disguised-selling", "slots": ["product"], "text": "I sell {product}." }""", "#1", "has no id")]
    [InlineData("""{ "id": "fa-1", "rule": "disguised-selling", "slots": ["product"], "text": "I sell {product}." }""", "fa-1", "the id is used twice")]
    public void Parse_WhenTemplateIsMalformed_ThrowsNamingTemplateAndProblem(string template, string id, string problem)
    {
        var error = Assert.Throws<RewriteTemplateException>(() => RewriteTemplateSet.Parse(File(template)));
        Assert.Equal(id, error.TemplateId);
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
        Assert.Contains($"'{id}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("[]", "the file must be a JSON object")]
    [InlineData("""{ "avoid": [], "templates": [] }""", "\"avoid\" must be a non-empty array")]
    [InlineData("""{ "avoid": ["partner*", ""], "templates": [] }""", "avoid entry #2 is empty")]
    [InlineData("""{ "avoid": ["partner*"], "templates": [] }""", "\"templates\" must be a non-empty array")]
    [InlineData("""{ "avoid": ["partner*"], "templates": [ { "id": "ds", "rule": "disguised-selling", "slots": [], "text": "Hello." } ] }""", "no template for rule 'favor-ask'")]
    public void Parse_WhenFileIsMalformed_ThrowsWithFileLevelProblem(string json, string problem)
    {
        var error = Assert.Throws<RewriteTemplateException>(() => RewriteTemplateSet.Parse(json));
        Assert.Null(error.TemplateId);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We'd like to become partners on Q3.", null, "partners")]
    [InlineData("Join the Contoso Partner Program for Q3.", "Contoso Partner Program", null)]
    [InlineData("I sell Routeway for your Q3 rollout.", null, null)]
    public void FirstAvoidedPhrase_WhenTextUsesTriggerWords_NamesTheFirstOutsideKeptFacts(string text, string? kept, string? expected)
    {
        Assert.Equal(expected, RewriteTemplateSet.Default.FirstAvoidedPhrase(text, kept is null ? [] : [kept]));
    }

    [Fact]
    public void Parse_WhenJsonIsNull_Throws() => Assert.Throws<ArgumentNullException>(() => RewriteTemplateSet.Parse(null!));

    private static string File(string first) => $$"""{ "avoid": ["partner*", "pick your brain"], "templates": [ {{first}}, {{Others}} ] }""";
}
