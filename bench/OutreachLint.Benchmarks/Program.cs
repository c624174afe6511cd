using BenchmarkDotNet.Running;

// Benchmarks run apart from the tests: dotnet run -c Release --project bench/OutreachLint.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
