using System.Collections;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace OutreachLint.Classifier;

/// <summary>
/// The model applied to a data view built once over rows that are swapped for each batch. Building a view per batch
/// cost milliseconds (schema binding, and code generated at run time for each input column) — more than scoring a
/// batch of remembered mail. One view serves one batch at a time; the classifier keeps a pool of them.
/// </summary>
internal sealed class ScoringView
{
    private readonly SwappableRows _rows = new();
    private readonly IDataView _scored;
    private readonly DataViewSchema.Column _score;

    public ScoringView(MLContext ml, ITransformer model)
    {
        _scored = model.Transform(ml.Data.LoadFromEnumerable(_rows));
        _score = _scored.Schema["Score"];
    }

    /// <summary>Scores <paramref name="inputs"/> in order, handing each row's raw score vector to <paramref name="store"/>.</summary>
    public void Score(IReadOnlyList<SentenceInput> inputs, Action<int, float[]> store)
    {
        _rows.Current = inputs;
        try
        {
            // One cursor on this thread: a plain GetRowCursor lets ML.NET split the rows over fresh background threads
            // and merge them back, which on a busy machine costs more than the scoring (callers already use every core).
            using var cursor = _scored.GetRowCursorSet([_score], 1)[0];
            var getter = cursor.GetGetter<VBuffer<float>>(_score);
            var score = default(VBuffer<float>);
            for (var i = 0; cursor.MoveNext(); i++)
            {
                getter(ref score);
                store(i, score.DenseValues().ToArray());
            }
        }
        finally
        {
            _rows.Current = [];
        }
    }

    /// <summary>The rows the view reads: whatever batch is being scored now.</summary>
    private sealed class SwappableRows : IEnumerable<SentenceInput>
    {
        public IReadOnlyList<SentenceInput> Current { get; set; } = [];

        public IEnumerator<SentenceInput> GetEnumerator() => Current.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
