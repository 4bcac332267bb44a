using GraphQL;

namespace InitiativeHub.GraphQL.Server.WebSockets;

/// <summary>Forwards one subscription's event stream as <c>next</c> / <c>error</c> / <c>complete</c> messages.</summary>
internal sealed class OperationObserver(GraphQLTransportWsConnection connection, string id, OperationRegistration registration)
    : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult value) => connection.SendNext(id, registration, value);

    public void OnError(Exception error)
    {
        // Why: only ExecutionErrors are meant for clients; anything else is masked like a resolver exception.
        var executionError = error as ExecutionError ?? new ExecutionError("The event stream failed.");
        connection.Finish(id, registration, [executionError]);
    }

    public void OnCompleted() => connection.Finish(id, registration, errors: null);
}
