using System.Globalization;
using OrleansClassifier.Bench.Cli;

// Reports are read by people and compared across machines: one number format everywhere.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
return await BenchApp.RunAsync(args, Console.Out, Console.Error);
