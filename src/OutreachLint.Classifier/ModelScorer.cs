using Microsoft.ML;
using Microsoft.ML.Data;

namespace OutreachLint.Classifier;

/// <summary>Scores many sentences through a trained transformer in one pass (training and evaluation, not serving).</summary>
public static class ModelScorer
{
    /// <summary>Returns the probabilities of every row, keyed by label name, in input order.</summary>
    public static IReadOnlyList<LabelScores> Score(MLContext ml, ITransformer model, IReadOnlyList<LabeledSentence> rows, ISentenceEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(model);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => SentenceInputFactory.Create(r.Text, r.Label, embedder)).ToList());
        var scored = model.Transform(data);
        var labels = SlotLabels(scored.Schema);
        var scores = scored.GetColumn<float[]>("Score").ToList();
        return rows.Select((r, i) => new LabelScores(
            r.Label,
            labels.Select((l, k) => (l, scores[i][k])).ToDictionary(x => x.l, x => x.Item2))).ToList();
    }

    /// <summary>The label name of each slot of the Score column, in slot order.</summary>
    public static string[] SlotLabels(DataViewSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        schema["Score"].GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }
}
