using OutreachLint.Classifier;

namespace OutreachLint.Classifier.Tests;

public sealed class CalibrationTests
{
    // An over-confident model: says 0.99 for its top label but is right only 3 times in 4.
    private static readonly IReadOnlyList<LabelScores> OverConfident =
    [
        Row("ok", ("ok", 0.99f), ("favor-ask", 0.01f)),
        Row("ok", ("ok", 0.99f), ("favor-ask", 0.01f)),
        Row("ok", ("ok", 0.99f), ("favor-ask", 0.01f)),
        Row("favor-ask", ("ok", 0.99f), ("favor-ask", 0.01f)),
    ];

    [Fact]
    public void Fit_WhenTheModelIsOverConfident_SoftensItToTheObservedAccuracy()
    {
        var temperature = TemperatureScaling.Fit(OverConfident);

        Assert.True(temperature > 1, $"temperature {temperature}");
        var calibrated = TemperatureScaling.Apply(OverConfident, temperature);
        Assert.Equal(0.75, calibrated[0].Probabilities["ok"], 2);
        Assert.True(CalibrationError.Expected(calibrated) < CalibrationError.Expected(OverConfident) / 10);
    }

    [Fact]
    public void Fit_WhenTheModelIsUnderConfident_SharpensIt()
    {
        var timid = Enumerable.Range(0, 10).Select(_ => Row("ok", ("ok", 0.6f), ("favor-ask", 0.4f))).ToList();

        Assert.True(TemperatureScaling.Fit(timid) < 1);
    }

    [Fact]
    public void Apply_KeepsTheOrderOfLabelsAndSumsToOne()
    {
        var probabilities = new Dictionary<string, float> { ["ok"] = 0.2f, ["favor-ask"] = 0.7f, ["seller-centric"] = 0.1f };

        var scaled = TemperatureScaling.Apply(probabilities, 2.5f);

        Assert.Equal(1.0, scaled.Values.Sum(), 5);
        Assert.True(scaled["favor-ask"] > scaled["ok"] && scaled["ok"] > scaled["seller-centric"]);
        Assert.True(scaled["favor-ask"] < 0.7f);
    }

    [Fact]
    public void Expected_WhenConfidenceMatchesAccuracy_IsZero()
    {
        var honest = new[] { "ok", "ok", "ok", "favor-ask" }.Select(g => Row(g, ("ok", 0.75f), ("favor-ask", 0.25f))).ToList();

        Assert.Equal(0, CalibrationError.Expected(honest), 6);
        Assert.Equal(0.24, CalibrationError.Expected(OverConfident), 2);
    }

    private static LabelScores Row(string gold, params (string Label, float P)[] probabilities) =>
        new(gold, probabilities.ToDictionary(p => p.Label, p => p.P));
}
