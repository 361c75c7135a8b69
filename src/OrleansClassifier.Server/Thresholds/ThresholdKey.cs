namespace OrleansClassifier.Server.Thresholds;

/// <summary>A tenant and a model name: what one threshold grain serves.</summary>
internal readonly record struct ThresholdKey(string Tenant, string Model);
