using InitiativeHub.Host.Hosting;

// The composition root: a handful of Add*/Map* calls; each lives in Hosting/.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // Content files (appsettings, static assets) sit beside the binary, so the host runs from any working directory.
    ContentRootPath = AppContext.BaseDirectory,
});

builder.AddInitiativeHubLogging();
builder.AddInitiativeHubData();
builder.AddInitiativeHubOrleans();
builder.AddInitiativeHubIdentity();
builder.AddInitiativeHubGraphQL();
builder.AddInitiativeHubWeb();
builder.AddInitiativeHubOperations();

var app = builder.Build();

app.UseInitiativeHubPipeline();
app.MapInitiativeHubOperations();
app.MapInitiativeHubIdentity();
app.MapInitiativeHubGraphQL();
app.MapInitiativeHubWeb();

app.Run();
