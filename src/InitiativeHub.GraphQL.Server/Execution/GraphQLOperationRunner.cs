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
    private readonly IValidationRule[] _rules;
    private readonly IValidationRule[] _requestRules;
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

        if (options.Complexity is { } complexity)
        {
            rules.Add(new ComplexityValidationRule(complexity));
        }

        rules.AddRange(options.ValidationRules);
        _rules = [.. rules];
        _requestRules = [.. options.RequestValidationRules];
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

        var executionOptions = new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables is null ? null : new Inputs(request.Variables),
            Extensions = request.Extensions is null ? null : new Inputs(request.Extensions),
            RequestServices = services,
            User = user,
            CancellationToken = timeoutSource.Token,
            ValidationRules = methodRule is null ? [.. _rules, .. _requestRules] : [.. _rules, .. _requestRules, methodRule],
            // Why both lists: a cached document skips ValidationRules, but these checks depend on the request.
            CachedDocumentValidationRules = methodRule is null ? _requestRules : [.. _requestRules, methodRule],
        };

        if (_options.MaximumFields is { } maxFields && FieldCounter.Count(request.Query) is var (document, fields))
        {
            if (fields > maxFields)
            {
                return new ExecutionResult
                {
                    Errors = [new ExecutionError($"The document selects {fields} fields; the maximum is {maxFields}.") { Code = TooManyFieldsCode }],
                };
            }

            // Parsed once here, so the executer does not parse again.
            executionOptions.Document = document;
        }

        if (_options.ConfigureExecution is { } configure)
        {
            await configure(httpContext, executionOptions);
        }

        try
        {
            var result = await executer.ExecuteAsync(executionOptions);
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
}
