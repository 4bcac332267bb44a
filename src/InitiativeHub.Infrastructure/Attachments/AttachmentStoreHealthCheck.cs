using InitiativeHub.Application.Attachments;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InitiativeHub.Infrastructure.Attachments;

/// <summary>Readiness of the configured attachment store, for <c>/health/ready</c>.</summary>
public sealed class AttachmentStoreHealthCheck(IAttachmentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var readiness = await store.CheckReadinessAsync(cancellationToken);
        return readiness.IsReady
            ? HealthCheckResult.Healthy(readiness.Description)
            : HealthCheckResult.Unhealthy(readiness.Description);
    }
}
