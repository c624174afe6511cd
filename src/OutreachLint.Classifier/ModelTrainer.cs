using Microsoft.ML;

namespace OutreachLint.Classifier;

/// <summary>Fits pipelines and produces out-of-fold predictions; every fit gets a fresh context with the same seed.</summary>
public sealed class ModelTrainer(ISentenceEmbedder? embedder = null)
{
    /// <summary>The seed every fit uses; the committed model depends on it.</summary>
    public const int Seed = 42;

    /// <summary>Fits <paramref name="design"/> on <paramref name="rows"/>.</summary>
    public (MLContext Context, ITransformer Model, DataViewSchema InputSchema) Fit(IReadOnlyList<LabeledSentence> rows, ModelDesign design)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ml = new MLContext(Seed);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => SentenceInputFactory.Create(r.Text, r.Label, EmbedderFor(design))).ToList());
        return (ml, PipelineFactory.Create(ml, design).Fit(data), data.Schema);
    }

    /// <summary>
    /// K-fold cross-validation with folds fixed by a stable hash of the text, returning each row's prediction from the
    /// model that did not see it, in input order.
    /// </summary>
    public IReadOnlyList<LabelScores> OutOfFold(IReadOnlyList<LabeledSentence> rows, ModelDesign design, int folds = 5)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var fold = rows.Select(r => (int)(StableHash(r.Text) % (uint)folds)).ToArray();
        var result = new LabelScores[rows.Count];
        for (var k = 0; k < folds; k++)
        {
            var train = rows.Where((_, i) => fold[i] != k).ToList();
            var testIndexes = Enumerable.Range(0, rows.Count).Where(i => fold[i] == k).ToList();
            var (ml, model, _) = Fit(train, design);
            var scored = ModelScorer.Score(ml, model, testIndexes.Select(i => rows[i]).ToList(), EmbedderFor(design));
            for (var j = 0; j < testIndexes.Count; j++)
            {
                result[testIndexes[j]] = scored[j];
            }
        }

        return result;
    }

    /// <summary>The embedder a design needs, or null.</summary>
    /// <exception cref="InvalidOperationException">The design needs embeddings and no embedder was given.</exception>
    public ISentenceEmbedder? EmbedderFor(ModelDesign design) => !design.UsesEmbeddings()
        ? null
        : embedder ?? throw new InvalidOperationException($"{design} needs a sentence embedder");

    private static uint StableHash(string text)
    {
        var hash = 2166136261u; // FNV-1a: string.GetHashCode is randomised per process
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
