using InitiativeHub.Domain.Common;

namespace InitiativeHub.GraphQL.Conventions;

/// <summary>
/// Runs a mutation's use case and turns a broken rule (<see cref="DomainException"/>) into payload errors. Anything
/// else is an unexpected fault and surfaces as a masked top-level GraphQL error.
/// </summary>
public static class MutationRunner
{
    public static async Task<MutationPayload<T>> RunAsync<T>(Func<Task<T>> body)
    {
        try
        {
            return new MutationPayload<T>(await body(), null);
        }
        catch (DomainException exception)
        {
            return new MutationPayload<T>(default, [exception]);
        }
    }
}
