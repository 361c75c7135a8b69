namespace OrleansClassifier.Bench.Servers;

/// <summary>
/// Owns every process the suite starts, and kills them all when the run ends however it ends: normally,
/// on failure, on Ctrl+C (the run is cancelled, then disposed) and on SIGTERM (process exit).
/// </summary>
internal sealed class ProcessJanitor : IDisposable
{
    private readonly List<ChildProcess> _children = [];
    private readonly EventHandler _onExit;

    public ProcessJanitor()
    {
        _onExit = (_, _) => KillAll();
        AppDomain.CurrentDomain.ProcessExit += _onExit;
    }

    public ChildProcess Track(ChildProcess child)
    {
        lock (_children)
        {
            _children.Add(child);
        }

        return child;
    }

    public void Stop(ChildProcess child)
    {
        lock (_children)
        {
            _children.Remove(child);
        }

        child.Dispose();
    }

    public void KillAll()
    {
        ChildProcess[] children;
        lock (_children)
        {
            children = [.. _children];
            _children.Clear();
        }

        foreach (var child in children)
        {
            child.Dispose();
        }
    }

    public void Dispose()
    {
        KillAll();
        AppDomain.CurrentDomain.ProcessExit -= _onExit;
    }
}
