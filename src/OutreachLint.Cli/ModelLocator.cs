using OutreachLint.Classifier;

namespace OutreachLint.Cli;

/// <summary>
/// Finds the shipped model: an explicit <c>--model</c>, then <c>OUTREACHLINT_MODEL</c>, then <c>models/</c> beside the
/// binary (published and packed tools), then <c>models/</c> in the nearest repository above the working directory.
/// </summary>
internal static class ModelLocator
{
    /// <summary>The model zip to load.</summary>
    /// <exception cref="UsageException">No model could be found.</exception>
    public static string Find(string? explicitPath)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return explicitPath;
        }

        var fromEnv = Environment.GetEnvironmentVariable("OUTREACHLINT_MODEL");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "models", ModelMetricsFile.ModelFileName);
        if (File.Exists(beside))
        {
            return beside;
        }

        if (UpwardSearch.Find(Path.Combine("models", ModelMetricsFile.ModelFileName), File.Exists) is { } inRepository)
        {
            return inRepository;
        }

        throw new UsageException($"no model found: looked beside the binary ({beside}) and in models/ above {Directory.GetCurrentDirectory()}; pass --model");
    }

    /// <summary>Loads the classifier at <paramref name="zipPath"/> with the thresholds of the metrics file beside it.</summary>
    /// <exception cref="UsageException">The model or its metrics are missing or unusable.</exception>
    public static PooledSentenceClassifier Load(string zipPath)
    {
        try
        {
            return ShippedModel.Load(zipPath);
        }
        catch (ModelLoadException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
