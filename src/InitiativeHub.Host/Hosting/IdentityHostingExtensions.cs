using InitiativeHub.Application.Notifications;
using InitiativeHub.Host.Identity;
using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Infrastructure.Identity;
using InitiativeHub.Infrastructure.Notifications;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using StackExchange.Redis;

namespace InitiativeHub.Host.Hosting;

/// <summary>
/// ASP.NET Core Identity on EF Core: bearer tokens for API clients (<c>/auth/…</c>), cookies for the web UI, one
/// password policy and lockout for both, and the bootstrap administrator.
/// </summary>
public static class IdentityHostingExtensions
{
    /// <summary>The Redis key holding the data-protection key ring of a cluster.</summary>
    public const string DataProtectionKeysRedisKey = "initiativehub:data-protection-keys";

    public static WebApplicationBuilder AddInitiativeHubIdentity(this WebApplicationBuilder builder)
    {
        var dataPath = Path.GetFullPath(builder.Configuration["InitiativeHub:DataPath"] ?? "./data");

        // Keys live in the data folder so tokens and cookies survive a restart. In a cluster every host must read
        // the same key ring (a token issued by one host is presented to another), so it lives in Redis there.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("InitiativeHub");
        if (OrleansHostingExtensions.ReadOptions(builder.Configuration).IsRedis)
        {
            var redis = OrleansHostingExtensions.RedisConfiguration(builder.Configuration);
            var connection = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(redis));
            dataProtection.PersistKeysToStackExchangeRedis(() => connection.Value.GetDatabase(), DataProtectionKeysRedisKey);
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataPath, "keys")));
        }

        builder.Services.AddAuthorization();
        builder.Services
            .AddIdentityApiEndpoints<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedEmail = builder.Configuration.GetValue("InitiativeHub:Identity:RequireConfirmedEmail", false);
            })
            .AddEntityFrameworkStores<AppDbContext>();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/dang-nhap";
            options.LogoutPath = "/dang-xuat";
            options.AccessDeniedPath = "/khong-co-quyen";
            options.Cookie.Name = "InitiativeHub.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            // API calls get a status code, not a redirect to the sign-in page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        builder.Services.AddSingleton<IMailTransport, EmlFileMailTransport>();
        builder.Services.AddTransient<IEmailSender<AppUser>, IdentityEmailSender>();
        builder.Services.AddOptions<BootstrapOptions>().BindConfiguration("InitiativeHub:Bootstrap");
        builder.Services.AddHostedService<BootstrapAdministrator>();
        return builder;
    }

    public static WebApplication MapInitiativeHubIdentity(this WebApplication app)
    {
        app.MapGroup("/auth").WithTags("Identity").MapIdentityApi<AppUser>();
        return app;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/graphql") || context.Request.Path.StartsWithSegments("/auth"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
