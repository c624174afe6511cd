using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutreachLint.Classifier;

/// <summary>
/// <c>models/metrics.json</c>: which data made the model (hash), how it was chosen and how well it does. The shipped
/// classifier reads its thresholds from here, so model and thresholds always travel together.
/// </summary>
public sealed record ModelMetricsFile
{
    public const string FileName = "metrics.json";
    public const string ModelFileName = "outreachlint-model.zip";

    public static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required string Model { get; init; }
    public required string Design { get; init; }
    public required int Seed { get; init; }
    public required string DataHash { get; init; }
    public required int Rows { get; init; }
    public required IReadOnlyDictionary<string, int> RowsPerLabel { get; init; }
    public required IReadOnlyDictionary<string, float> Thresholds { get; init; }
    public required ClassificationMetrics CrossValidation { get; init; }
    public ClassificationMetrics? Blind { get; init; }
    public double? BlindHardNegativesFlagged { get; init; }
    public int? BlindHardNegatives { get; init; }
    public required IReadOnlyList<DesignComparison> Comparison { get; init; }

    /// <summary>The shipped design's calibration; absent in files written before calibration existed (temperature 1).</summary>
    public CalibrationReport? Calibration { get; init; }

    /// <summary>Reads the metrics file beside a model.</summary>
    /// <exception cref="ModelLoadException">The file is missing or not valid JSON of this shape.</exception>
    public static ModelMetricsFile Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<ModelMetricsFile>(File.ReadAllText(path), Json)
                ?? throw new ModelLoadException($"{path}: empty metrics file");
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new ModelLoadException($"{path}: cannot read model metrics ({e.Message.Split('\n')[0]})", e);
        }
    }

    /// <summary>The thresholds as the classifier uses them.</summary>
    public ThresholdSet ToThresholds() => new(Thresholds);

    /// <summary>The calibration temperature the classifier applies.</summary>
    public float ToTemperature() => Calibration?.Temperature ?? 1f;
}
