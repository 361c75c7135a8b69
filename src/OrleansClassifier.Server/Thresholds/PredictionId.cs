using System.Buffers.Binary;
using System.Buffers.Text;
using System.Text;

namespace OrleansClassifier.Server.Thresholds;

/// <summary>
/// A self-describing prediction id: format byte, the model's score (float), the model version, a per-silo
/// unique number and the model name, base64url-encoded. Resolving it needs no store, so outcomes can arrive
/// any time later on any front-end. It carries no tenant: outcomes count for the tenant of the call, so a
/// forged id can only skew the caller's own statistics.
/// </summary>
internal readonly record struct PredictionId(string Model, long ModelVersion, float Score, long Unique)
{
    private const byte Format = 1;
    private const int Header = 1 + 4 + 8 + 8;

    public string Encode()
    {
        var nameLength = Encoding.UTF8.GetByteCount(Model);
        Span<byte> bytes = stackalloc byte[Header + nameLength];
        bytes[0] = Format;
        BinaryPrimitives.WriteSingleLittleEndian(bytes[1..], Score);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[5..], ModelVersion);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[13..], Unique);
        Encoding.UTF8.GetBytes(Model, bytes[Header..]);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryDecode(string text, out PredictionId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text) || text.Length > 1024 || !Base64Url.IsValid(text))
        {
            return false;
        }

        var bytes = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        if (!Base64Url.TryDecodeFromChars(text, bytes, out var written) || written <= Header || bytes[0] != Format)
        {
            return false;
        }

        var score = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(1));
        if (!(score is >= 0f and <= 1f))
        {
            return false;
        }

        string model;
        try
        {
            model = new UTF8Encoding(false, true).GetString(bytes, Header, written - Header);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        id = new PredictionId(model, BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(5)), score,
            BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(13)));
        return true;
    }
}
