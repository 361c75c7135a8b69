using System.Net;
using System.Net.Sockets;

namespace OrleansClassifier.Bench.Servers;

/// <summary>Free loopback ports for the servers the suite starts.</summary>
internal static class Ports
{
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
