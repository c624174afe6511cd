namespace OutreachLint.Rewrite;

/// <summary>One rewrite pattern for one rule: text with <c>{slot}</c> markers and the slots it needs.</summary>
/// <param name="Id">Unique id, used in errors and tests.</param>
/// <param name="Rule">The rule name it rewrites, such as <c>favor-ask</c>.</param>
/// <param name="Slots">Every slot the text uses.</param>
/// <param name="Text">The sentence with <c>{slot}</c> markers.</param>
public sealed record RewriteTemplate(string Id, string Rule, IReadOnlyList<string> Slots, string Text);
