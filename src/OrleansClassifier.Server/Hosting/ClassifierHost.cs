namespace OrleansClassifier.Server.Hosting;

/// <summary>
/// Builds the whole system in one process: an Orleans silo (localhost clustering) and the gRPC front-end on
/// Kestrel. <c>Program.cs</c> and the end-to-end tests build the host the same way.
/// </summary>
public static class ClassifierHost
{
    /// <summary>Builds the host from command-line arguments (and appsettings, environment variables).</summary>
    /// <param name="args">Command-line arguments, e.g. <c>--urls</c> or <c>--Classifier:ModelRepository=...</c>.</param>
    /// <param name="configure">A last chance to change the builder (tests).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.AddClassifierSilo();
        builder.Services.AddClassifierFrontEnd(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapClassifierFrontEnd();
        return app;
    }
}
