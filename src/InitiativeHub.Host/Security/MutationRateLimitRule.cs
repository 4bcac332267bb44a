using System.Security.Claims;
using System.Threading.RateLimiting;
using GraphQL.Validation;
using GraphQLParser.AST;
using InitiativeHub.GraphQL.Server.Validation;
using Microsoft.Extensions.Options;

namespace InitiativeHub.Host.Security;

/// <summary>
/// Counts GraphQL mutations per signed-in user and per client address (scripted bulk submissions at the deadline,
/// score stuffing, brute force through batches). Queries are not counted: they are bounded by depth and complexity.
/// A validation rule so that the operation actually selected (operationName) is judged, before anything executes.
/// </summary>
public sealed class MutationRateLimitRule : ValidationRuleBase, IDisposable
{
    private readonly PartitionedRateLimiter<MutationCaller> _limiter;
    private readonly IHttpContextAccessor _httpContext;

    public MutationRateLimitRule(IOptions<RateLimitOptions> options, IHttpContextAccessor httpContext)
    {
        _httpContext = httpContext;
        var limits = options.Value;
        var perUser = PartitionedRateLimiter.Create<MutationCaller, string>(caller => caller.UserId is { } user
            ? RateLimitPartition.GetFixedWindowLimiter("user:" + user, _ => PerMinute(limits.MutationsPerUserPerMinute))
            : RateLimitPartition.GetNoLimiter(string.Empty));
        var perAddress = PartitionedRateLimiter.Create<MutationCaller, string>(caller =>
            RateLimitPartition.GetFixedWindowLimiter("address:" + caller.Address, _ => PerMinute(limits.MutationsPerAddressPerMinute)));
        _limiter = PartitionedRateLimiter.CreateChained(perUser, perAddress);
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Mutation)
        {
            return default;
        }

        var caller = new MutationCaller(
            context.User?.FindFirstValue(ClaimTypes.NameIdentifier),
            _httpContext.HttpContext is { } http ? ClientAddress.Of(http) : "unknown");
        using var lease = _limiter.AttemptAcquire(caller);
        if (!lease.IsAcquired)
        {
            var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
            context.ReportError(new TooManyRequestsError(
                context.Document.Source,
                context.Operation,
                $"Too many changes in a short time; try again in {AccountRateLimiting.RetryAfterSeconds(wait)} s.",
                wait));
        }

        return default;
    }

    public void Dispose() => _limiter.Dispose();

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>Who a mutation is counted against.</summary>
    public readonly record struct MutationCaller(string? UserId, string Address);
}
