namespace OutreachLint.Rewrite;

/// <summary>A rewrite template file is malformed; the message names the template and the problem.</summary>
public sealed class RewriteTemplateException : Exception
{
    /// <summary>Creates the exception for <paramref name="templateId"/> (null for file-level problems).</summary>
    public RewriteTemplateException(string? templateId, string problem, Exception? inner = null)
        : base(templateId is null ? $"rewrite templates: {problem}" : $"rewrite template '{templateId}': {problem}", inner)
    {
        TemplateId = templateId;
        Problem = problem;
    }

    /// <summary>The offending template's id, or null when the problem concerns the whole file.</summary>
    public string? TemplateId { get; }

    /// <summary>The problem alone, without the template id.</summary>
    public string Problem { get; }
}
