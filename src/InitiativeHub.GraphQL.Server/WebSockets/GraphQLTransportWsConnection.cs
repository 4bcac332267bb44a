using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using InitiativeHub.GraphQL.Server.Execution;
using InitiativeHub.GraphQL.Server.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InitiativeHub.GraphQL.Server.WebSockets;

/// <summary>
/// The server side of one <c>graphql-transport-ws</c> socket: a single receive loop handles protocol messages in order;
/// operations run in the background and reply through the <see cref="WebSocketMessageWriter"/> queue.
/// </summary>
internal sealed class GraphQLTransportWsConnection : IDisposable
{
    // Why: after a server-initiated close we wait this long for the client's close frame, then drop the connection.
    private static readonly TimeSpan _closeHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly HttpContext _httpContext;
    private readonly WebSocket _socket;
    private readonly GraphQLHttpMiddlewareOptions _options;
    private readonly IDocumentExecuter _executer;
    private readonly GraphQLOperationRunner _runner;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly CancellationTokenSource _lifetime;
    private readonly WebSocketMessageWriter _writer;
    private readonly ConcurrentDictionary<string, OperationRegistration> _operations = new(StringComparer.Ordinal);
    private int _initState; // 0 = waiting for connection_init, 1 = init received, 2 = acknowledged
    private ClaimsPrincipal? _user;

    public GraphQLTransportWsConnection(
        HttpContext httpContext,
        WebSocket socket,
        GraphQLHttpMiddlewareOptions options,
        IDocumentExecuter executer,
        GraphQLOperationRunner runner,
        IGraphQLTextSerializer serializer)
    {
        _httpContext = httpContext;
        _socket = socket;
        _options = options;
        _executer = executer;
        _runner = runner;
        _serializer = serializer;
        _scopeFactory = httpContext.RequestServices.GetRequiredService<IServiceScopeFactory>();
        var stopping = httpContext.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, stopping);
        _writer = new WebSocketMessageWriter(socket, () => _lifetime.CancelAfter(_closeHandshakeTimeout));
    }

    public async Task RunAsync()
    {
        var writing = _writer.RunAsync(_lifetime.Token);
        var initWatch = WatchInitTimeoutAsync();
        try
        {
            await ReceiveLoopAsync();
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Client vanished, server stopping, or the close handshake timed out.
        }
        finally
        {
            // Why: every subscription dies with its socket, whichever side ended it.
            foreach (var id in _operations.Keys)
            {
                if (_operations.TryRemove(id, out var registration))
                {
                    await registration.DisposeAsync();
                }
            }

            _writer.Complete();
            await writing;
            await _lifetime.CancelAsync();
            await initWatch;
        }
    }

    public void Dispose() => _lifetime.Dispose();

    internal void SendNext(string id, OperationRegistration registration, ExecutionResult result)
    {
        if (IsActive(id, registration))
        {
            _writer.Send(GraphQLWsMessages.Next(_serializer, id, result));
        }
    }

    /// <summary>Ends an operation with <c>complete</c>, or with <c>error</c> (and no <c>complete</c>) when errors are given.</summary>
    internal void Finish(string id, OperationRegistration registration, ExecutionErrors? errors)
    {
        if (!_operations.TryRemove(KeyValuePair.Create(id, registration)))
        {
            return; // Client completed it already: late messages are dropped.
        }

        _writer.Send(errors is null
            ? GraphQLWsMessages.Build(GraphQLWsMessageTypes.Complete, id)
            : GraphQLWsMessages.Error(_serializer, id, errors));
        _ = registration.DisposeAsync().AsTask();
    }

    private bool IsActive(string id, OperationRegistration registration) =>
        _operations.TryGetValue(id, out var current) && ReferenceEquals(current, registration);

    private async Task WatchInitTimeoutAsync()
    {
        try
        {
            await Task.Delay(_options.WebSockets.ConnectionInitWaitTimeout, _lifetime.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initState) == 0)
        {
            _writer.Close(GraphQLWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        var limit = _options.MaximumRequestBytes ?? long.MaxValue;
        while (true)
        {
            message.SetLength(0);
            ValueWebSocketReceiveResult received;
            do
            {
                received = await _socket.ReceiveAsync(buffer.AsMemory(), _lifetime.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    _writer.Close(WebSocketCloseStatus.NormalClosure, string.Empty); // no-op if we closed first
                    return;
                }

                // Why keep reading past the limit: the rest of the message must be drained before the close frame.
                if (message.Length + received.Count <= limit)
                {
                    message.Write(buffer, 0, received.Count);
                }
                else
                {
                    _writer.Close(WebSocketCloseStatus.MessageTooBig, "Message too large");
                }
            }
            while (!received.EndOfMessage);

            if (_writer.IsClosing)
            {
                continue; // After a close only the client's close frame matters.
            }

            if (received.MessageType != WebSocketMessageType.Text)
            {
                _writer.Close(GraphQLWsCloseCodes.BadRequest, "Binary messages are not supported");
                continue;
            }

            try
            {
                await HandleMessageAsync(message.GetBuffer().AsMemory(0, (int)message.Length));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _writer.Close(GraphQLWsCloseCodes.InternalServerError, "Internal server error");
            }
        }
    }

    private async Task HandleMessageAsync(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            _writer.Close(GraphQLWsCloseCodes.BadRequest, "Invalid message received: not JSON");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String)
            {
                _writer.Close(GraphQLWsCloseCodes.BadRequest, "Invalid message received: no 'type'");
                return;
            }

            switch (type.GetString())
            {
                case GraphQLWsMessageTypes.ConnectionInit:
                    await OnConnectionInitAsync(root);
                    break;
                case GraphQLWsMessageTypes.Ping:
                    _writer.Send(GraphQLWsMessages.Build(GraphQLWsMessageTypes.Pong, rawPayload: PayloadText(root)));
                    break;
                case GraphQLWsMessageTypes.Pong:
                    break; // Unsolicited pongs are heartbeats.
                case GraphQLWsMessageTypes.Subscribe:
                    OnSubscribe(root);
                    break;
                case GraphQLWsMessageTypes.Complete:
                    await OnCompleteAsync(root);
                    break;
                default:
                    _writer.Close(GraphQLWsCloseCodes.BadRequest, $"Invalid message received: unexpected type '{type.GetString()}'");
                    break;
            }
        }
    }

    private async Task OnConnectionInitAsync(JsonElement root)
    {
        if (Interlocked.CompareExchange(ref _initState, 1, 0) != 0)
        {
            _writer.Close(GraphQLWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        JsonElement? payload = root.TryGetProperty("payload", out var value) && value.ValueKind == JsonValueKind.Object
            ? value.Clone()
            : null;
        var context = new WebSocketConnectionInitContext(_httpContext, payload);
        if (_options.WebSockets.AuthenticateConnectionAsync is { } authenticate && !await authenticate(context))
        {
            _writer.Close(GraphQLWsCloseCodes.Forbidden, "Forbidden");
            return;
        }

        _user = context.User;
        Volatile.Write(ref _initState, 2);
        _writer.Send(GraphQLWsMessages.Build(GraphQLWsMessageTypes.ConnectionAck));
    }

    private void OnSubscribe(JsonElement root)
    {
        if (Volatile.Read(ref _initState) != 2)
        {
            _writer.Close(GraphQLWsCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (ReadId(root) is not { } id)
        {
            _writer.Close(GraphQLWsCloseCodes.BadRequest, "Invalid message received: 'id' must be a non-empty string");
            return;
        }

        GraphQLRequestData request;
        try
        {
            request = GraphQLRequestParser.FromJson(root.TryGetProperty("payload", out var payload) ? payload : default);
        }
        catch (GraphQLTransportException ex)
        {
            _writer.Close(GraphQLWsCloseCodes.BadRequest, $"Invalid message received: {ex.Message}");
            return;
        }

        var registration = new OperationRegistration(_scopeFactory, _lifetime.Token);
        if (!_operations.TryAdd(id, registration))
        {
            _ = registration.DisposeAsync().AsTask();
            _writer.Close(GraphQLWsCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        _ = RunOperationAsync(id, registration, request);
    }

    private async Task RunOperationAsync(string id, OperationRegistration registration, GraphQLRequestData request)
    {
        try
        {
            var result = await _runner.ExecuteAsync(
                _executer, _httpContext, request, registration.Services, _user, methodRule: null, _options.ExecutionTimeout, registration.Token);
            if (!IsActive(id, registration))
            {
                return;
            }

            if (!result.Executed)
            {
                Finish(id, registration, result.Errors ?? []);
            }
            else if (result.Streams is { Count: > 0 } streams)
            {
                registration.Attach(streams.Values.First().Subscribe(new OperationObserver(this, id, registration)));
            }
            else
            {
                SendNext(id, registration, result);
                Finish(id, registration, errors: null);
            }
        }
        catch (Exception) when (!IsActive(id, registration))
        {
            // Completed by the client or torn down with the socket while running.
        }
        catch (Exception)
        {
            _writer.Close(GraphQLWsCloseCodes.InternalServerError, "Internal server error");
        }
    }

    private async Task OnCompleteAsync(JsonElement root)
    {
        if (ReadId(root) is not { } id)
        {
            _writer.Close(GraphQLWsCloseCodes.BadRequest, "Invalid message received: 'id' must be a non-empty string");
            return;
        }

        if (_operations.TryRemove(id, out var registration))
        {
            await registration.DisposeAsync();
        }
    }

    private static string? ReadId(JsonElement root) =>
        root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
            ? value
            : null;

    private static string? PayloadText(JsonElement root) =>
        root.TryGetProperty("payload", out var payload) && payload.ValueKind != JsonValueKind.Null ? payload.GetRawText() : null;
}
