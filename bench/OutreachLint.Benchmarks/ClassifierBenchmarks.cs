using BenchmarkDotNet.Attributes;
using OutreachLint.Classifier;
using OutreachLint.Tests;

namespace OutreachLint.Benchmarks;

/// <summary>Sentences per second on one thread and on two, and the cost of loading the model.</summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    public const int Sentences = 10_000;
    private static readonly string ModelZip = RepoRoot.Combine("models", ModelMetricsFile.ModelFileName);
    private PooledSentenceClassifier _classifier = null!;
    private string[] _texts = [];
    private string[][] _chunks = [];

    [GlobalSetup]
    public void Setup()
    {
        _classifier = ShippedModel.Load(ModelZip);
        var pool = TrainingDataReader.ReadFile(RepoRoot.Combine("tests", "data", "blind", "blind-sentences.tsv")).Select(r => r.Text).ToArray();
        _texts = Enumerable.Range(0, Sentences).Select(i => pool[i % pool.Length]).ToArray();
        _chunks = _texts.Chunk(1000).ToArray();
        _classifier.Classify(_texts); // warm both pooled engines
    }

    [GlobalCleanup]
    public void Cleanup() => _classifier.Dispose();

    /// <summary>10,000 sentences in batches below the parallel threshold: one engine, one thread.</summary>
    [Benchmark(OperationsPerInvoke = Sentences)]
    public int OneThread()
    {
        var flagged = 0;
        foreach (var chunk in _chunks)
        {
            flagged += _classifier.Classify(chunk).Count(p => p.Label != "ok");
        }

        return flagged;
    }

    /// <summary>10,000 sentences in one batch: split across the cores, one engine per worker.</summary>
    [Benchmark(OperationsPerInvoke = Sentences)]
    public int AllCores() => _classifier.Classify(_texts).Count(p => p.Label != "ok");

    /// <summary>Loading the shipped model and making the first prediction.</summary>
    [Benchmark]
    public string LoadAndFirstPrediction()
    {
        using var classifier = ShippedModel.Load(ModelZip);
        return classifier.Classify(["Could I steal 15 minutes on Thursday?"])[0].Label;
    }
}
