using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace InitiativeHub.Host.Security;

/// <summary>
/// Per-address limits on the account endpoints that attackers script: sign-in (password guessing across accounts,
/// which per-account lockout alone does not stop) and registration / password-reset / confirmation mail (mail
/// bombing, mass sign-ups). Both the <c>/auth</c> API and the pages' form posts count.
/// </summary>
public static class AccountRateLimiting
{
    private static readonly string[] _signInPaths = ["/auth/login", "/dang-nhap"];

    private static readonly string[] _registrationPaths =
        ["/auth/register", "/auth/forgotPassword", "/auth/resendConfirmationEmail", "/dang-ky", "/quen-mat-khau"];

    public static IServiceCollection AddAccountRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                var address = ClientAddress.Of(context);
                return Classify(context.Request) switch
                {
                    AccountAction.SignIn => RateLimitPartition.GetFixedWindowLimiter("sign-in:" + address, _ => Window(limits.SignInsPerAddressPerMinute, TimeSpan.FromMinutes(1))),
                    AccountAction.Registration => RateLimitPartition.GetFixedWindowLimiter("registration:" + address, _ => Window(limits.RegistrationsPerAddressPerHour, TimeSpan.FromHours(1))),
                    _ => RateLimitPartition.GetNoLimiter(string.Empty),
                };
            });
            options.OnRejected = (context, cancellationToken) => RejectAsync(context.HttpContext, context.Lease, cancellationToken);
        });
        return services;
    }

    private static AccountAction Classify(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return AccountAction.None;
        }

        var path = request.Path.Value ?? string.Empty;
        bool Matches(string candidate) => string.Equals(path.TrimEnd('/'), candidate, StringComparison.OrdinalIgnoreCase);
        return Array.Exists(_signInPaths, Matches) ? AccountAction.SignIn
            : Array.Exists(_registrationPaths, Matches) ? AccountAction.Registration
            : AccountAction.None;
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        context.Response.Headers.RetryAfter = RetryAfterSeconds(retryAfter);
        if (context.Request.Path.StartsWithSegments("/auth"))
        {
            await context.Response.WriteAsJsonAsync(
                new { code = "RATE_LIMITED", message = "Too many attempts from this address; try again later." },
                cancellationToken);
        }
        else
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                $"Quá nhiều lượt thử từ địa chỉ này. Vui lòng thử lại sau {RetryAfterSeconds(retryAfter)} giây.",
                cancellationToken);
        }
    }

    /// <summary>Retry-After in whole seconds, rounded up so a client that obeys it is not refused again.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private enum AccountAction
    {
        None,
        SignIn,
        Registration,
    }
}
