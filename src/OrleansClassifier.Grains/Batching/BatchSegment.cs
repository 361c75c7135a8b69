namespace OrleansClassifier.Grains.Batching;

/// <summary>Rows <c>[Start, Start + Count)</c> of a pending request, placed in a batch.</summary>
internal readonly record struct BatchSegment(PendingRequest Request, int Start, int Count);
