using InitiativeHub.Domain.Common;

namespace InitiativeHub.Application.Common.Results;

/// <summary>Runs a grain command body and turns a broken rule into a <see cref="CommandResult{T}"/> error.</summary>
public static class CommandRunner
{
    public static async Task<CommandResult<T>> RunAsync<T>(Func<Task<T>> body)
    {
        try
        {
            return CommandResult<T>.Ok(await body());
        }
        catch (DomainException exception)
        {
            return CommandResult<T>.Fail(exception);
        }
    }
}
