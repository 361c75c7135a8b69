using System.Text;
using Grpc.Core;

namespace OrleansClassifier.Bench.Load;

/// <summary>Status codes as gRPC's documentation spells them: <c>RESOURCE_EXHAUSTED</c>.</summary>
internal static class StatusNames
{
    public static string Of(StatusCode code)
    {
        if (code == StatusCode.OK)
        {
            return "OK";
        }

        var name = code.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}
