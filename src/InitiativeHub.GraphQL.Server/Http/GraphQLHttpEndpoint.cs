using System.Text.Json;
using GraphQL;
using GraphQL.Validation;
using InitiativeHub.GraphQL.Server.Execution;
using InitiativeHub.GraphQL.Server.Multipart;
using InitiativeHub.GraphQL.Server.Validation;
using InitiativeHub.GraphQL.Server.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace InitiativeHub.GraphQL.Server.Http;

/// <summary>
/// GraphQL over HTTP (spec draft) plus the WebSocket upgrade on the same path. Order of checks: upgrade → method →
/// Accept (406) → CSRF (400) → size (413) → content type (415) → shape (400) → execute.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    GraphQLHttpMiddlewareOptions options,
    Func<IServiceProvider, IDocumentExecuter> resolveExecuter,
    GraphQLOperationRunner runner,
    IGraphQLTextSerializer serializer)
{
    private static readonly string[] _simpleContentTypes =
        ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (options.HandleWebSockets && context.WebSockets.IsWebSocketRequest)
        {
            await GraphQLWebSocketHandler.HandleAsync(context, options, resolveExecuter(context.RequestServices), runner, serializer);
            return;
        }

        var request = context.Request;
        var isGet = options.HandleGet && HttpMethods.IsGet(request.Method);
        var isPost = options.HandlePost && HttpMethods.IsPost(request.Method);
        var responseType = GraphQLMediaTypes.GraphQLResponseJson;
        try
        {
            if (!isGet && !isPost)
            {
                context.Response.Headers.Allow = AllowedMethods();
                throw new GraphQLTransportException(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", $"Method {request.Method} is not allowed; use {AllowedMethods()}.");
            }

            responseType = GraphQLMediaTypes.Negotiate(request.GetTypedHeaders().Accept) ?? throw new GraphQLTransportException(
                StatusCodes.Status406NotAcceptable,
                "NOT_ACCEPTABLE",
                $"The Accept header allows none of {GraphQLMediaTypes.GraphQLResponseJson}, {GraphQLMediaTypes.Json}.");

            if (isGet)
            {
                RequireCsrfHeader(context);
                var single = GraphQLRequestParser.FromText(name => request.Query[name].FirstOrDefault());
                await ExecuteSingleAsync(context, single, HttpOperationTypeValidationRule.Get, responseType);
                return;
            }

            var (requests, isBatch) = await ReadPostAsync(context);
            if (isBatch)
            {
                await ExecuteBatchAsync(context, requests, responseType);
            }
            else
            {
                await ExecuteSingleAsync(context, requests[0], HttpOperationTypeValidationRule.Post, responseType);
            }
        }
        catch (GraphQLTransportException ex)
        {
            var error = new ExecutionError(ex.Message) { Code = ex.Code };
            await WriteAsync(context, ex.StatusCode, responseType, new ExecutionResult { Errors = [error] });
        }
    }

    private string AllowedMethods() => (options.HandleGet, options.HandlePost) switch
    {
        (true, true) => "GET, POST",
        (true, false) => "GET",
        (false, true) => "POST",
        _ => string.Empty,
    };

    private async Task<(List<GraphQLRequestData> Requests, bool IsBatch)> ReadPostAsync(HttpContext context)
    {
        var request = context.Request;
        var contentType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed : null;
        var mediaType = contentType?.MediaType.Value;
        if (mediaType is null || _simpleContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            // Why: browsers send these cross-origin without a preflight, so they need proof of a non-simple request.
            RequireCsrfHeader(context);
        }

        if (string.Equals(mediaType, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            && GraphQLMediaTypes.IsUtf8OrUnspecified(contentType!.Charset))
        {
            var body = await BoundedBodyReader.ReadAsync(request, options.MaximumRequestBytes, context.RequestAborted);
            using var document = GraphQLRequestParser.ParseDocument(body);
            return ParseJsonBody(document.RootElement);
        }

        if (options.ReadFormOnPost && string.Equals(mediaType, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await MultipartRequestReader.ReadAsync(request, options, context.RequestAborted);
        }

        if (options.ReadFormOnPost && string.Equals(mediaType, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            BoundedBodyReader.RejectDeclaredOverLimit(request, options.MaximumRequestBytes);
            var form = await MultipartRequestReader.ReadFormAsync(request, options, options.MaximumRequestBytes, context.RequestAborted);
            return ([GraphQLRequestParser.FromText(name => form[name].FirstOrDefault())], false);
        }

        throw new GraphQLTransportException(
            StatusCodes.Status415UnsupportedMediaType,
            "CONTENT_TYPE_INVALID",
            $"Content-Type '{request.ContentType}' is not supported; send application/json (UTF-8){(options.ReadFormOnPost ? " or multipart/form-data" : string.Empty)}.");
    }

    private (List<GraphQLRequestData> Requests, bool IsBatch) ParseJsonBody(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Array)
        {
            return ([GraphQLRequestParser.FromJson(root)], false);
        }

        if (!options.EnableBatchedRequests)
        {
            throw GraphQLTransportException.BadRequest("BATCH_NOT_SUPPORTED", "Batched requests are not enabled.");
        }

        var count = root.GetArrayLength();
        if (count == 0 || count > options.MaximumBatchSize)
        {
            throw GraphQLTransportException.BadRequest("BATCH_SIZE_INVALID", $"A batch must hold between 1 and {options.MaximumBatchSize} requests; it holds {count}.");
        }

        return ([.. root.EnumerateArray().Select(GraphQLRequestParser.FromJson)], true);
    }

    private void RequireCsrfHeader(HttpContext context)
    {
        if (!options.CsrfProtectionEnabled
            || options.CsrfProtectionHeaders.Exists(name => !string.IsNullOrEmpty(context.Request.Headers[name].FirstOrDefault())))
        {
            return;
        }

        throw GraphQLTransportException.BadRequest(
            "CSRF_PROTECTION",
            $"This request needs a non-empty {string.Join(" or ", options.CsrfProtectionHeaders)} header " +
            "(GET and POSTs with a form or text/plain content type are open to cross-site request forgery).");
    }

    private async Task ExecuteSingleAsync(HttpContext context, GraphQLRequestData request, IValidationRule methodRule, string responseType)
    {
        var result = await ExecuteAsync(context, request, context.RequestServices, methodRule);
        var limited = SetRetryAfter(context, [result]);
        var status = result.Executed ? StatusCodes.Status200OK
            : limited ? StatusCodes.Status429TooManyRequests
            : result.Errors?.Any(e => e is HttpMethodValidationError) == true ? StatusCodes.Status405MethodNotAllowed
            : responseType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK; // Why: legacy application/json clients expect 200 for request errors.
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }

        await WriteAsync(context, status, responseType, result);
    }

    private async Task ExecuteBatchAsync(HttpContext context, List<GraphQLRequestData> requests, string responseType)
    {
        var scopeFactory = context.RequestServices.GetRequiredService<IServiceScopeFactory>();
        var results = await Task.WhenAll(requests.Select(async request =>
        {
            // Why a scope per item: items run in parallel and scoped services (a DbContext) are not thread-safe.
            await using var scope = scopeFactory.CreateAsyncScope();
            return await ExecuteAsync(context, request, scope.ServiceProvider, HttpOperationTypeValidationRule.Post);
        }));
        // Why 200 even when some items were rate limited: the others ran, and each item carries its own errors.
        SetRetryAfter(context, results);
        await WriteAsync(context, StatusCodes.Status200OK, responseType, results);
    }

    /// <summary>Sets <c>Retry-After</c> (whole seconds, rounded up) when any result was refused by a rate limit.</summary>
    private static bool SetRetryAfter(HttpContext context, IEnumerable<ExecutionResult> results)
    {
        var waits = results.SelectMany(r => r.Errors ?? []).OfType<TooManyRequestsError>().Select(e => e.RetryAfter).ToList();
        if (waits.Count == 0)
        {
            return false;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(waits.Max().TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequestData request, IServiceProvider services, IValidationRule methodRule) =>
        runner.ExecuteAsync(
            resolveExecuter(context.RequestServices),
            context,
            request,
            services,
            context.User,
            methodRule,
            options.ExecutionTimeout,
            context.RequestAborted);

    private async Task WriteAsync<T>(HttpContext context, int statusCode, string responseType, T body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = GraphQLMediaTypes.WithCharset(
            statusCode == StatusCodes.Status406NotAcceptable ? GraphQLMediaTypes.Json : responseType);
        await serializer.WriteAsync(context.Response.Body, body, context.RequestAborted);
    }
}
