namespace OutreachLint.Core;

/// <summary>The classifier's label set, fixed by the contract; sentence rule names equal these labels.</summary>
public static class Labels
{
    public const string DisguisedSelling = "disguised-selling";
    public const string FavorAsk = "favor-ask";
    public const string SellerCentric = "seller-centric";
    public const string Ok = "ok";

    /// <summary>Every label, in a fixed order that training and reports share.</summary>
    public static IReadOnlyList<string> All { get; } = [DisguisedSelling, FavorAsk, SellerCentric, Ok];

    /// <summary>True when <paramref name="label"/> is one of the four.</summary>
    public static bool IsKnown(string label) => All.Contains(label, StringComparer.Ordinal);
}
