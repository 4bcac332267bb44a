using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;

namespace InitiativeHub.GraphQL.Server.WebSockets;

/// <summary>
/// Single-reader send queue. Why: <see cref="WebSocket.SendAsync(ReadOnlyMemory{byte}, WebSocketMessageType, bool, CancellationToken)"/>
/// must never run concurrently, yet results arrive from many operations at once.
/// </summary>
internal sealed class WebSocketMessageWriter(WebSocket socket, Action onCloseSent)
{
    // Why: RFC 6455 caps a close reason at 123 UTF-8 bytes.
    private const int MaxCloseReasonBytes = 123;

    private readonly Channel<OutgoingMessage> _queue =
        Channel.CreateUnbounded<OutgoingMessage>(new UnboundedChannelOptions { SingleReader = true });

    private int _closing;

    public bool IsClosing => Volatile.Read(ref _closing) == 1;

    /// <summary>Queues a message; silently dropped once a close has been queued.</summary>
    public void Send(ReadOnlyMemory<byte> message) => _queue.Writer.TryWrite(new OutgoingMessage(message, null, null));

    /// <summary>Queues the close frame behind what is already queued; only the first close counts.</summary>
    public void Close(WebSocketCloseStatus status, string reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) == 0)
        {
            _queue.Writer.TryWrite(new OutgoingMessage(default, status, reason));
            _queue.Writer.TryComplete();
        }
    }

    /// <summary>Lets the pump finish after draining, without a close frame.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(cancellationToken))
            {
                if (message.CloseStatus is { } status)
                {
                    if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(status, Truncate(message.Reason ?? string.Empty), cancellationToken);
                    }

                    onCloseSent();
                    return;
                }

                if (socket.State == WebSocketState.Open)
                {
                    await socket.SendAsync(message.Payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away; the receive loop notices too and tears the connection down.
        }
    }

    private static string Truncate(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= MaxCloseReasonBytes)
        {
            return reason;
        }

        while (Encoding.UTF8.GetByteCount(reason) > MaxCloseReasonBytes - 3)
        {
            reason = reason[..^1];
        }

        return reason + "...";
    }
}
