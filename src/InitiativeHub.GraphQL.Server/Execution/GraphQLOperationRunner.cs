using System.Security.Claims;
using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using InitiativeHub.GraphQL.Server.Http;
using InitiativeHub.GraphQL.Server.Validation;
using Microsoft.AspNetCore.Http;

namespace InitiativeHub.GraphQL.Server.Execution;

/// <summary>Builds <see cref="ExecutionOptions"/> the same way for HTTP and WebSocket operations, then executes.</summary>
internal sealed class GraphQLOperationRunner
{
    public const string TimeoutCode = "TIMEOUT";

    public const string TooManyFieldsCode = "MAX_FIELDS";

    private readonly GraphQLHttpMiddlewareOptions _options;
    private readonly IValidationRule[] _documentRules;
    private readonly IValidationRule[] _requestRules;
    private readonly DocumentCache? _cache;
    private readonly bool _hideSuggestions;

    public GraphQLOperationRunner(GraphQLHttpMiddlewareOptions options)
    {
        _options = options;
        var rules = new List<IValidationRule>(DocumentValidator.CoreRules);
        if (!options.EnableIntrospection)
        {
            rules.Add(NoIntrospectionValidationRule.Instance);
        }

        if (options.MaximumAliases is { } maxAliases)
        {
            rules.Add(new MaxAliasesValidationRule(maxAliases));
        }

        rules.AddRange(options.ValidationRules);
        _documentRules = [.. rules];

        // Why complexity and depth run for every request, cached document or not: list sizes come from `first`/`last`,
        // which may be variables, so the same document can be cheap with one request's variables and not with another's.
        var requestRules = new List<IValidationRule>(options.RequestValidationRules);
        if (options.Complexity is { } complexity)
        {
            requestRules.Add(new ComplexityValidationRule(complexity));
        }

        _requestRules = [.. requestRules];
        _cache = options.DocumentCacheSize > 0 ? new DocumentCache(options.DocumentCacheSize, options.MaximumCachedDocumentLength) : null;
        _hideSuggestions = options.HideSuggestions ?? !options.EnableIntrospection;
    }

    /// <param name="executer">The schema's executer, resolved per request.</param>
    /// <param name="httpContext">The HTTP request, or the WebSocket upgrade request.</param>
    /// <param name="request">The operation.</param>
    /// <param name="services">Scope the resolvers use.</param>
    /// <param name="user">Principal the operation runs as.</param>
    /// <param name="methodRule">Per-transport operation-type rule, or <see langword="null"/>.</param>
    /// <param name="timeout">Execution timeout, or <see langword="null"/> (WebSocket streams live as long as the client wants).</param>
    /// <param name="cancellationToken">Request or operation lifetime.</param>
    public async Task<ExecutionResult> ExecuteAsync(
        IDocumentExecuter executer,
        HttpContext httpContext,
        GraphQLRequestData request,
        IServiceProvider services,
        ClaimsPrincipal? user,
        IValidationRule? methodRule,
        TimeSpan? timeout,
        CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } limit)
        {
            timeoutSource.CancelAfter(limit);
        }

        var requestRules = methodRule is null ? _requestRules : [.. _requestRules, methodRule];
        var executionOptions = new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables is null ? null : new Inputs(request.Variables),
            Extensions = request.Extensions is null ? null : new Inputs(request.Extensions),
            RequestServices = services,
            User = user,
            CancellationToken = timeoutSource.Token,
            ValidationRules = [.. _documentRules, .. requestRules],
            CachedDocumentValidationRules = requestRules,
        };

        // Why the field count is kept with a cached document and compared again: the limit applies to every request.
        var cached = _cache?.Find(request.Query);
        var parsed = cached is { } hit ? (hit.Document, hit.Fields) : Parse(request.Query);
        if (parsed is var (document, fields))
        {
            if (_options.MaximumFields is { } maxFields && fields > maxFields)
            {
                return new ExecutionResult
                {
                    Errors = [new ExecutionError($"The document selects {fields} fields; the maximum is {maxFields}.") { Code = TooManyFieldsCode }],
                };
            }

            // Parsed once here, so the executer does not parse again.
            executionOptions.Document = document;
            if (cached is not null)
            {
                // The document already passed the request-independent rules; variables are still coerced and checked
                // against it by the executer, and the request's own rules run.
                executionOptions.ValidationRules = requestRules;
            }
        }

        if (_options.ConfigureExecution is { } configure)
        {
            await configure(httpContext, executionOptions);
        }

        try
        {
            var result = await executer.ExecuteAsync(executionOptions);
            if (cached is null && result.Executed && parsed is var (validated, count))
            {
                // Executed means every validation rule passed for this document.
                _cache?.Add(request.Query!, validated, count);
            }

            if (_hideSuggestions && !result.Executed)
            {
                SuggestionScrubber.Scrub(result);
            }

            return result;
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Why Executed = true: validation passed and execution began, so the spec wants 200 with data: null.
            return new ExecutionResult
            {
                Executed = true,
                Errors = [new ExecutionError($"The operation did not finish within {timeout!.Value.TotalSeconds:0.###} s.") { Code = TimeoutCode }],
            };
        }
    }

    private (GraphQLParser.AST.GraphQLDocument Document, int Fields)? Parse(string? query) =>
        _options.MaximumFields is null && _cache is null ? null : FieldCounter.Count(query);
}
