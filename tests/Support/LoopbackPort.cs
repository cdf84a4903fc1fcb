using System.Net;
using System.Net.Sockets;

namespace RahZendegi.Tests.Support;

public static class LoopbackPort
{
    /// <summary>A port nobody listens on now, for a host started by a test.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
