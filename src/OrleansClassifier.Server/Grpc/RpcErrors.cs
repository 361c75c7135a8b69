using System.Diagnostics.CodeAnalysis;
using Grpc.Core;

namespace OrleansClassifier.Server.Grpc;

/// <summary>The one place that raises client-facing errors: each names what was wrong.</summary>
internal static class RpcErrors
{
    [DoesNotReturn]
    public static void InvalidArgument(string message) => throw new RpcException(new Status(StatusCode.InvalidArgument, message));

    [DoesNotReturn]
    public static void NotFound(string message) => throw new RpcException(new Status(StatusCode.NotFound, message));

    [DoesNotReturn]
    public static void FailedPrecondition(string message) => throw new RpcException(new Status(StatusCode.FailedPrecondition, message));

    public static RpcException Unavailable(string message) => new(new Status(StatusCode.Unavailable, message));

    public static RpcException Internal(string message) => new(new Status(StatusCode.Internal, message));

    /// <summary>The canonical upper-case name of a status code, as gRPC's documentation spells it.</summary>
    public static string CodeName(StatusCode code) => code switch
    {
        StatusCode.OK => "OK",
        StatusCode.Cancelled => "CANCELLED",
        StatusCode.Unknown => "UNKNOWN",
        StatusCode.InvalidArgument => "INVALID_ARGUMENT",
        StatusCode.DeadlineExceeded => "DEADLINE_EXCEEDED",
        StatusCode.NotFound => "NOT_FOUND",
        StatusCode.AlreadyExists => "ALREADY_EXISTS",
        StatusCode.PermissionDenied => "PERMISSION_DENIED",
        StatusCode.ResourceExhausted => "RESOURCE_EXHAUSTED",
        StatusCode.FailedPrecondition => "FAILED_PRECONDITION",
        StatusCode.Aborted => "ABORTED",
        StatusCode.OutOfRange => "OUT_OF_RANGE",
        StatusCode.Unimplemented => "UNIMPLEMENTED",
        StatusCode.Internal => "INTERNAL",
        StatusCode.Unavailable => "UNAVAILABLE",
        StatusCode.DataLoss => "DATA_LOSS",
        StatusCode.Unauthenticated => "UNAUTHENTICATED",
        _ => code.ToString().ToUpperInvariant(),
    };
}
