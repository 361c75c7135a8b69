namespace OrleansClassifier.Models.Training;

/// <summary>
/// Transcendental functions computed with IEEE basic operations only. Math.Exp and friends call the
/// platform's C library, whose last bits differ between glibc, musl and the Windows CRT; training
/// through them would make the written weights depend on the machine.
/// </summary>
internal static class DeterministicMath
{
    // ln 2 split so that k * Ln2High is exact for the k this function meets (Cody and Waite).
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const double InverseLn2 = 1.44269504088896338700e+00;
    private const int TaylorTerms = 14;

    public static double Exp(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        if (x > 709.78)
        {
            return double.PositiveInfinity;
        }

        if (x < -745.2)
        {
            return 0.0;
        }

        // x = k ln2 + r with |r| <= ln2 / 2, then exp(x) = 2^k exp(r).
        var k = Math.Round(x * InverseLn2, MidpointRounding.ToEven);
        var r = (x - (k * Ln2High)) - (k * Ln2Low);

        // Taylor series of exp(r) by Horner's rule; with |r| <= 0.35 the 14th term is below 1e-17.
        var sum = 1.0;
        for (var n = TaylorTerms; n >= 1; n--)
        {
            sum = 1.0 + (r * sum / n);
        }

        return Math.ScaleB(sum, (int)k);
    }

    public static double Sigmoid(double x)
    {
        if (x >= 0)
        {
            return 1.0 / (1.0 + Exp(-x));
        }

        var e = Exp(x);
        return e / (1.0 + e);
    }

    /// <summary>Writes softmax(logits) into <paramref name="probabilities"/>, shifted by the maximum for stability.</summary>
    public static void Softmax(ReadOnlySpan<double> logits, Span<double> probabilities)
    {
        var max = double.NegativeInfinity;
        foreach (var value in logits)
        {
            max = Math.Max(max, value);
        }

        var total = 0.0;
        for (var i = 0; i < logits.Length; i++)
        {
            probabilities[i] = Exp(logits[i] - max);
            total += probabilities[i];
        }

        for (var i = 0; i < logits.Length; i++)
        {
            probabilities[i] /= total;
        }
    }
}
