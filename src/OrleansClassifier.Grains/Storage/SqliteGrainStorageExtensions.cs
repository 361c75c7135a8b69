using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace OrleansClassifier.Grains.Storage;

/// <summary>Registers <see cref="SqliteGrainStorage"/> as a named grain storage provider.</summary>
public static class SqliteGrainStorageExtensions
{
    /// <summary>
    /// Adds a grain storage named <paramref name="name"/> over a SQLite file; states are serialized with the
    /// Orleans serializer (so state types are <c>[GenerateSerializer]</c> types).
    /// </summary>
    public static IServiceCollection AddSqliteGrainStorage(this IServiceCollection services, string name, Action<SqliteGrainStorageOptions>? configure = null)
    {
        services.AddKeyedSingleton<IGrainStorage>(name, (sp, _) =>
        {
            var options = new SqliteGrainStorageOptions();
            configure?.Invoke(options);
            return new SqliteGrainStorage(name, options, new OrleansGrainStorageSerializer(sp.GetRequiredService<Serializer>()));
        });
        return services;
    }
}
