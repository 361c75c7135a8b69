using OrleansClassifier.Server.Hosting;

var app = ClassifierHost.Build(args);
await app.RunAsync();
