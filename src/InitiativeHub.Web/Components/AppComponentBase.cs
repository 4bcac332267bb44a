using InitiativeHub.Application.Access;
using InitiativeHub.Web.Account;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;

namespace InitiativeHub.Web.Components;

/// <summary>
/// What every page needs to call the use cases: who is asking (the <see cref="Viewer"/>), a cancellation token that
/// ends with the request (static rendering) or the component (interactive), the server's clock, and the HTTP status.
/// </summary>
public abstract class AppComponentBase : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _disposed = new();

    [CascadingParameter]
    protected Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The request, during static rendering; null once interactive.</summary>
    [CascadingParameter]
    protected HttpContext? HttpContext { get; set; }

    [Inject]
    protected TimeProvider Clock { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? _disposed.Token;

    protected DateTimeOffset Now => Clock.GetUtcNow();

    protected async Task<Viewer> GetViewerAsync() =>
        AuthenticationState is null ? Viewer.Anonymous : (await AuthenticationState).User.ToViewer();

    /// <summary>Sets the response status (404 for a campaign that is not there…) while the response has not started.</summary>
    protected void SetStatusCode(int statusCode)
    {
        if (HttpContext is { Response.HasStarted: false } context)
        {
            context.Response.StatusCode = statusCode;
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _disposed.Cancel();
            _disposed.Dispose();
        }
    }
}
