using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace InitiativeHub.GraphQL.Server.Http;

/// <summary>Reads a request body into memory without ever holding more than the configured limit.</summary>
internal static class BoundedBodyReader
{
    public static void RejectDeclaredOverLimit(HttpRequest request, long? limit)
    {
        // Why: an honest Content-Length lets us refuse before reading a single byte.
        if (limit is { } max && request.ContentLength > max)
        {
            throw TooLarge(max);
        }
    }

    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, long? limit, CancellationToken cancellationToken)
    {
        RejectDeclaredOverLimit(request, limit);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(), cancellationToken)) > 0)
            {
                // Why: chunked or lying clients are cut off as soon as they cross the limit.
                if (limit is { } max && buffer.Length + read > max)
                {
                    throw TooLarge(max);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    public static GraphQLTransportException TooLarge(long max) =>
        GraphQLTransportException.TooLarge("REQUEST_TOO_LARGE", $"The request body exceeds the limit of {max} bytes.");
}
