using System.Net;
using System.Net.Sockets;

namespace InitiativeHub.Testing;

/// <summary>Free loopback TCP ports, so every test host has its own HTTP, silo and gateway ports.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
