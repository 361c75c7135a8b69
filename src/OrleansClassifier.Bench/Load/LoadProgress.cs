namespace OrleansClassifier.Bench.Load;

/// <summary>Live counters of the level that is running, read by the progress display while streams write them.</summary>
internal sealed class LoadProgress
{
    private long _sent;
    private long _answered;
    private long _failed;

    public long Sent => Interlocked.Read(ref _sent);

    public long Answered => Interlocked.Read(ref _answered);

    public long Failed => Interlocked.Read(ref _failed);

    public void OnSent() => Interlocked.Increment(ref _sent);

    public void OnAnswered(bool failed)
    {
        Interlocked.Increment(ref _answered);
        if (failed)
        {
            Interlocked.Increment(ref _failed);
        }
    }
}
