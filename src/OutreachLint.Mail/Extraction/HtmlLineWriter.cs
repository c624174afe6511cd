using System.Text;
using OutreachLint.Core;

namespace OutreachLint.Mail.Extraction;

/// <summary>
/// Builds lines from rendered HTML the way a browser lays text out: whitespace collapses, blocks start lines,
/// paragraphs leave one blank line. Each line carries the set-aside context it was written in.
/// </summary>
internal sealed class HtmlLineWriter
{
    private readonly List<BodyLine> _lines = [];
    private readonly Stack<(SetAsideKind Kind, string Reason)> _contexts = new();
    private readonly StringBuilder _line = new();
    private (SetAsideKind Kind, string Reason)? _cut;
    private string _prefix = "";
    private bool _pendingSpace;
    private int _contentLength;

    /// <summary>Characters written so far, so the renderer can stop on oversized bodies.</summary>
    public long Written { get; private set; }

    /// <summary>Writes text with whitespace collapsed, as HTML renders it.</summary>
    public void Text(string text)
    {
        foreach (var c in text)
        {
            // Only ASCII whitespace collapses in HTML; a no-break space is a real space, and a line holding one
            // is a visible empty line (Outlook's empty paragraphs).
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                _pendingSpace = true;
                continue;
            }

            Char(c == '\u00A0' ? ' ' : c);
        }
    }

    /// <summary>Writes preformatted text, keeping its spaces and line breaks.</summary>
    public void Preformatted(string text)
    {
        var first = true;
        foreach (var segment in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (!first)
            {
                EndLine(emitEmpty: true);
            }

            first = false;
            foreach (var c in segment)
            {
                Char(c);
            }
        }
    }

    /// <summary>A hard line break (&lt;br&gt;): ends the line even when it is empty.</summary>
    public void LineBreak() => EndLine(emitEmpty: true);

    /// <summary>Starts a new line unless already at the start of one.</summary>
    public void Block()
    {
        EndLine(emitEmpty: false);
        _pendingSpace = false;
    }

    /// <summary>Starts a new paragraph: a new line with one blank line before it.</summary>
    public void Paragraph()
    {
        Block();
        if (_lines.Count > 0 && !_lines[^1].IsBlank)
        {
            Add("");
        }
    }

    /// <summary>Sets a prefix ("- ", "2. ") written before the next text on this line.</summary>
    public void Prefix(string prefix)
    {
        Block();
        _prefix = prefix;
    }

    /// <summary>Separates inline runs, such as table cells, with one space.</summary>
    public void Space() => _pendingSpace = true;

    /// <summary>Enters a container whose lines are set aside.</summary>
    public void Push(SetAsideKind kind, string reason)
    {
        Block();
        _contexts.Push((kind, reason));
    }

    /// <summary>Leaves the container entered by the matching <see cref="Push"/>.</summary>
    public void Pop()
    {
        Block();
        _contexts.Pop();
    }

    /// <summary>From here to the end of the document, every line belongs to the given part.</summary>
    public void Cut(SetAsideKind kind, string reason)
    {
        Block();
        _cut ??= (kind, reason);
    }

    /// <summary>Ends the last line and returns everything written.</summary>
    public IReadOnlyList<BodyLine> Finish()
    {
        Block();
        return _lines;
    }

    private void Char(char c)
    {
        if (_contentLength == 0)
        {
            _line.Append(_prefix);
            _prefix = "";
        }
        else if (_pendingSpace && c != ' ' && _line[^1] != ' ')
        {
            _line.Append(' ');
        }

        _pendingSpace = false;
        _line.Append(c);
        _contentLength++;
        Written++;
    }

    private void EndLine(bool emitEmpty)
    {
        if (_contentLength == 0 && !emitEmpty)
        {
            return;
        }

        Add(_line.ToString());
        _line.Clear();
        _contentLength = 0;
        _pendingSpace = false;
    }

    private void Add(string text)
    {
        var context = _cut ?? (_contexts.Count > 0 ? _contexts.Peek() : null);
        _lines.Add(new BodyLine(TextNormalizer.CleanLine(text), context?.Kind, context?.Reason));
    }
}
