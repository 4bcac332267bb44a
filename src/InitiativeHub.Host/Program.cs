using InitiativeHub.Host.Hosting;
using InitiativeHub.Host.Operations;
using InitiativeHub.Infrastructure.Hosting;

// The composition root: a handful of Add*/Map* calls; each lives in Hosting/.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // Content files (appsettings, static assets) sit beside the binary, so the host runs from any working directory.
    ContentRootPath = AppContext.BaseDirectory,
});

// Loopback by default: an intranet deployment opens the platform deliberately (ASPNETCORE_URLS or --urls).
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5000");
}

// Where the platform is served, for the demo summary; the demo itself needs the silo, not the web, so it binds a
// free loopback port and never clashes with a running host.
var siteUrl = builder.Configuration["urls"]!.Split(';')[0];
if (args.Contains(DemoDataCommand.Name))
{
    builder.WebHost.UseUrls("http://127.0.0.1:0");
}

// Where the start-up time goes, logged once the host serves.
var timeline = new StartupTimeline();
builder.Services.AddSingleton(timeline);
builder.AddInitiativeHubLogging();
builder.AddInitiativeHubData();
builder.AddInitiativeHubOrleans();
builder.AddInitiativeHubIdentity();
builder.AddInitiativeHubSecurity();
builder.AddInitiativeHubGraphQL();
builder.AddInitiativeHubWeb();
builder.AddInitiativeHubOperations();

var app = builder.Build();
timeline.Mark("host built");

// Operator commands run against the configured data and exit without serving.
if (args.Contains(AuditChainCommand.Name))
{
    return await AuditChainCommand.RunAsync(app);
}

if (args.Contains(DemoDataCommand.Name))
{
    return await DemoDataCommand.RunAsync(app, siteUrl);
}

app.UseInitiativeHubSecurity();
app.UseInitiativeHubPipeline();
app.MapInitiativeHubOperations();
app.MapInitiativeHubIdentity();
app.MapInitiativeHubAttachments();
app.MapInitiativeHubExports();
app.MapInitiativeHubGraphQL();
app.MapInitiativeHubWeb();
timeline.Mark("endpoints mapped");

await app.RunAsync();
return 0;
