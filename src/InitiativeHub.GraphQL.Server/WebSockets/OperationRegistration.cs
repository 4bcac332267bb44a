using Microsoft.Extensions.DependencyInjection;

namespace InitiativeHub.GraphQL.Server.WebSockets;

/// <summary>
/// One active <c>subscribe</c> id. It is registered before execution starts so a duplicate id is caught while the first
/// is still being set up, and it owns the operation's DI scope, cancellation and stream subscription.
/// </summary>
internal sealed class OperationRegistration : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly CancellationTokenSource _cancellation;
    private IDisposable? _subscription;
    private int _disposed;

    public OperationRegistration(IServiceScopeFactory scopeFactory, CancellationToken connectionToken)
    {
        // Why a scope per operation: the socket's request scope lives for hours and is shared by concurrent operations.
        _scope = scopeFactory.CreateAsyncScope();
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connectionToken);
    }

    public IServiceProvider Services => _scope.ServiceProvider;

    public CancellationToken Token => _cancellation.Token;

    /// <summary>Keeps the stream subscription; disposes it at once if the client completed the id meanwhile.</summary>
    public void Attach(IDisposable subscription)
    {
        Interlocked.Exchange(ref _subscription, subscription);
        if (Volatile.Read(ref _disposed) == 1)
        {
            Interlocked.Exchange(ref _subscription, null)?.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _cancellation.CancelAsync();
        Interlocked.Exchange(ref _subscription, null)?.Dispose();
        await _scope.DisposeAsync();
        _cancellation.Dispose();
    }
}
