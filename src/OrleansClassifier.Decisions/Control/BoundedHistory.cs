namespace OrleansClassifier.Decisions.Control;

/// <summary>The last <c>capacity</c> items added, oldest first: a ring that drops the oldest when full.</summary>
internal sealed class BoundedHistory<T>
{
    private readonly T[] items;
    private int start;

    public BoundedHistory(int capacity) => items = new T[capacity];

    public int Count { get; private set; }

    public void Add(T item)
    {
        if (Count < items.Length)
        {
            items[(start + Count) % items.Length] = item;
            Count++;
        }
        else
        {
            items[start] = item;
            start = (start + 1) % items.Length;
        }
    }

    public T[] ToArray()
    {
        var result = new T[Count];
        for (var i = 0; i < Count; i++)
        {
            result[i] = items[(start + i) % items.Length];
        }

        return result;
    }
}
