using OrleansClassifier.Cli;

return await CliApp.CreateRootCommand().Parse(args).InvokeAsync();
