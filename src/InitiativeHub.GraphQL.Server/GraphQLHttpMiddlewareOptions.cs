using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using InitiativeHub.GraphQL.Server.WebSockets;
using Microsoft.AspNetCore.Http;

namespace InitiativeHub.GraphQL.Server;

/// <summary>
/// Options for the endpoint mapped by <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL{TSchema}"/>.
/// Names mirror GraphQL.Server.Transports.AspNetCore so that swapping it in later is mechanical.
/// </summary>
public sealed class GraphQLHttpMiddlewareOptions
{
    /// <summary>Serve GraphQL over GET (queries only). Default <see langword="true"/>.</summary>
    public bool HandleGet { get; set; } = true;

    /// <summary>Serve GraphQL over POST. Default <see langword="true"/>.</summary>
    public bool HandlePost { get; set; } = true;

    /// <summary>Accept <c>graphql-transport-ws</c> WebSocket upgrades on the same path. Default <see langword="true"/>.</summary>
    public bool HandleWebSockets { get; set; } = true;

    /// <summary>Accept a JSON array of requests in one POST. Not part of the spec, so off by default.</summary>
    public bool EnableBatchedRequests { get; set; }

    /// <summary>Largest accepted batch when <see cref="EnableBatchedRequests"/> is on. Default 10.</summary>
    public int MaximumBatchSize { get; set; } = 10;

    /// <summary>Require a preflight header on GET and on POSTs with a CORS-"simple" content type. Default <see langword="true"/>.</summary>
    public bool CsrfProtectionEnabled { get; set; } = true;

    /// <summary>Any one of these headers (non-empty) satisfies CSRF protection. Default <c>GraphQL-Require-Preflight</c>.</summary>
    public List<string> CsrfProtectionHeaders { get; set; } = ["GraphQL-Require-Preflight"];

    /// <summary>Accept <c>multipart/form-data</c> (uploads) and <c>application/x-www-form-urlencoded</c> POSTs. Default <see langword="true"/>.</summary>
    public bool ReadFormOnPost { get; set; } = true;

    /// <summary>Largest accepted uploaded file in bytes (413 above it); <see langword="null"/> = no limit. Default 10 MiB.</summary>
    public long? MaximumFileSize { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most files accepted in one multipart request (413 above it); <see langword="null"/> = no limit. Default 10.</summary>
    public int? MaximumFileCount { get; set; } = 10;

    /// <summary>
    /// Largest accepted request body (JSON, form fields, multipart <c>operations</c>/<c>map</c>, WebSocket message) in bytes;
    /// 413 above it. <see langword="null"/> = no limit. Default 1 MiB.
    /// </summary>
    public long? MaximumRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Cancels execution after this time and answers with a <c>TIMEOUT</c> error; <see langword="null"/> = none. Applies to
    /// HTTP and to WebSocket queries and mutations (for a subscription, to setting up its stream). Default 30 s.
    /// </summary>
    public TimeSpan? ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Extra validation rules appended to graphql-dotnet's core rules for every operation.</summary>
    public List<IValidationRule> ValidationRules { get; set; } = [];

    /// <summary>
    /// Rules that judge the request rather than the document (rate limits): they run for every execution, even of a
    /// document served from a cache, which skips <see cref="ValidationRules"/>. Report a
    /// <see cref="Validation.TooManyRequestsError"/> to have HTTP answer 429 with <c>Retry-After</c>.
    /// </summary>
    public List<IValidationRule> RequestValidationRules { get; set; } = [];

    /// <summary>
    /// Strip "Did you mean …?" suggestions from validation errors. Default <see langword="true"/> whenever introspection is
    /// off: suggestions let a client rebuild the schema that introspection hides.
    /// </summary>
    public bool? HideSuggestions { get; set; }

    /// <summary>When <see langword="false"/>, <c>__schema</c>/<c>__type</c> are rejected at validation. Default <see langword="true"/>.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Maximum field aliases per document (see <see cref="Validation.MaxAliasesValidationRule"/>); <see langword="null"/> = no limit.</summary>
    public int? MaximumAliases { get; set; }

    /// <summary>
    /// Most field selections written in one document (fragments counted once), checked in one pass before validation;
    /// <see langword="null"/> = no limit. Guards validation itself, whose field-merging rule is quadratic.
    /// </summary>
    public int? MaximumFields { get; set; }

    /// <summary>
    /// How many distinct documents stay parsed and validated, keyed by their exact text (least recently used leaves
    /// first); 0 = no cache. A cached document skips <see cref="ValidationRules"/> and the core rules only: the field
    /// limit, <see cref="Complexity"/>, <see cref="RequestValidationRules"/>, the HTTP method rule and the variables'
    /// checks run for every request. Default 500.
    /// </summary>
    public int DocumentCacheSize { get; set; } = 500;

    /// <summary>Longest document text kept in the document cache, in characters; longer ones are validated every time. Default 16,384.</summary>
    public int MaximumCachedDocumentLength { get; set; } = 16 * 1024;

    /// <summary>graphql-dotnet's depth/complexity analysis (<c>MaxDepth</c>, <c>MaxComplexity</c>); <see langword="null"/> = off.</summary>
    public ComplexityOptions? Complexity { get; set; }

    /// <summary>Called before every execution (HTTP and WebSocket) so the app can set <c>UserContext</c> and the like.</summary>
    public Func<HttpContext, ExecutionOptions, ValueTask>? ConfigureExecution { get; set; }

    /// <summary>Options of the <c>graphql-transport-ws</c> protocol.</summary>
    public GraphQLWebSocketOptions WebSockets { get; } = new();
}
