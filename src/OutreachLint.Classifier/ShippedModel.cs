namespace OutreachLint.Classifier;

/// <summary>Loads a model zip the way the product runs it: thresholds, embedder and features as its metrics file says.</summary>
public static class ShippedModel
{
    /// <summary>Loads <paramref name="zipPath"/> with the <c>metrics.json</c> beside it (plain arg-max when there is none).</summary>
    /// <exception cref="ModelLoadException">The model or its metrics are missing or unusable.</exception>
    public static PooledSentenceClassifier Load(string zipPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(zipPath);
        var metricsPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(zipPath))!, ModelMetricsFile.FileName);
        var metrics = File.Exists(metricsPath) ? ModelMetricsFile.Read(metricsPath) : null;
        var known = Enum.TryParse<ModelDesign>(metrics?.Design, out var design);
        return PooledSentenceClassifier.Load(
            zipPath,
            metrics?.ToThresholds() ?? ThresholdSet.None,
            known && design.UsesEmbeddings() ? new MiniLmEmbedder() : null,
            features: !known || design.UsesFeatures(),
            temperature: metrics?.ToTemperature() ?? 1f);
    }
}
