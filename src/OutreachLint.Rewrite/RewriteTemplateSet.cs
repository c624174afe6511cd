using System.Text;
using OutreachLint.Rewrite.Internal;

namespace OutreachLint.Rewrite;

/// <summary>A validated set of rewrite templates plus the trigger vocabulary suggestions must avoid; immutable and thread-safe.</summary>
public sealed class RewriteTemplateSet
{
    private const string ResourceName = "OutreachLint.Rewrite.Templates.rewrite-templates.json";
    private static readonly Lazy<RewriteTemplateSet> DefaultSet = new(LoadDefault);

    private RewriteTemplateSet(IReadOnlyList<RewriteTemplate> templates, AvoidList avoid)
    {
        Templates = templates;
        Avoid = avoid;
    }

    /// <summary>The templates shipped inside this assembly, loaded and validated once.</summary>
    public static RewriteTemplateSet Default => DefaultSet.Value;

    /// <summary>Every template, in file order (which is also preference order).</summary>
    public IReadOnlyList<RewriteTemplate> Templates { get; }

    /// <summary>The trigger phrases a suggestion must not contain.</summary>
    public IReadOnlyList<string> AvoidPhrases => Avoid.Phrases;

    internal AvoidList Avoid { get; }

    /// <summary>Parses and validates a template file's JSON text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="RewriteTemplateException">The file is malformed; the message names the template and the problem.</exception>
    public static RewriteTemplateSet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var (templates, avoid) = TemplateFileParser.Parse(json);
        return new RewriteTemplateSet(templates, avoid);
    }

    /// <summary>Reads a template file (UTF-8) from <paramref name="stream"/> and validates it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="RewriteTemplateException">The file is malformed.</exception>
    public static RewriteTemplateSet Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>The first trigger phrase in <paramref name="text"/>, ignoring any inside <paramref name="kept"/> (the original's entities), or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string? FirstAvoidedPhrase(string text, IEnumerable<string>? kept = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Avoid.FirstMatch(text, kept);
    }

    /// <summary>The templates for <paramref name="rule"/>, in preference order.</summary>
    public IEnumerable<RewriteTemplate> ForRule(string rule) => Templates.Where(t => t.Rule == rule);

    private static RewriteTemplateSet LoadDefault()
    {
        using var stream = typeof(RewriteTemplateSet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new RewriteTemplateException(null, $"embedded resource '{ResourceName}' is missing");
        return Load(stream);
    }
}
