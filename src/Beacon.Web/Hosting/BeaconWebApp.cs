using System.Net;
using Beacon.Application;
using Beacon.Application.Accounts;
using Beacon.Data;
using Beacon.Data.Accounts;
using Beacon.Data.Audit;
using Beacon.Domain.Access;
using Beacon.Import.Pipeline;
using Beacon.Reports.Html;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Hosting;

/// <summary>Composes the Beacon web app: the same services and pipeline for `beacon serve` and for the tests.</summary>
public static class BeaconWebApp
{
    /// <summary>A builder whose application parts and content are Beacon.Web's, whoever hosts it.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args) =>
        WebApplication.CreateBuilder(
            new WebApplicationOptions { Args = args, ApplicationName = typeof(BeaconWebApp).Assembly.GetName().Name }
        );

    /// <summary>Registers Beacon's services.</summary>
    public static WebApplicationBuilder AddBeacon(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var importOptions = configuration.GetSection(ImportOptions.Section).Get<ImportOptions>() ?? new ImportOptions();
        var oidc =
            configuration.GetSection(BeaconOpenIdConnectOptions.Section).Get<BeaconOpenIdConnectOptions>()
            ?? new BeaconOpenIdConnectOptions();
        var accounts = configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();
        var hosting = configuration.GetSection(BeaconHostingOptions.Section).Get<BeaconHostingOptions>() ?? new BeaconHostingOptions();

        services.AddBeaconCore(database, importOptions);
        services.AddSingleton(oidc);
        services.Configure<BeaconSiteOptions>(configuration.GetSection(BeaconSiteOptions.Section));
        services.Configure<Beacon.Domain.Governance.ConstitutionRules>(
            configuration.GetSection(Beacon.Domain.Governance.ConstitutionRules.Section)
        );
        services.Configure<AccountOptions>(configuration.GetSection(AccountOptions.Section));
        services.AddSingleton(hosting);

        services
            .AddIdentity<BeaconAccount, IdentityRole>(BeaconCoreServices.ConfigureIdentity)
            .AddEntityFrameworkStores<BeaconDbContext>()
            .AddClaimsPrincipalFactory<BeaconClaimsFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        services.AddScoped<IUserConfirmation<BeaconAccount>, EnabledAccounts>();
        // Sign-out, a disabled account, a reset password or a removed role change the security stamp; a session whose
        // cookie carries the old one ends at its next check.
        services.Configure<SecurityStampValidatorOptions>(stamp =>
            stamp.ValidationInterval = TimeSpan.FromSeconds(accounts.SessionCheckSeconds)
        );

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/sign-in";
            cookie.LogoutPath = "/sign-out";
            cookie.AccessDeniedPath = "/access-denied";
            cookie.Cookie.Name = "beacon";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            // Behind a proxy that ends TLS, the forwarded scheme makes the request HTTPS and the cookie Secure.
            cookie.Cookie.SecurePolicy = hosting.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            // A relative redirect: the Host header, which a client can forge, never goes into it.
            cookie.Events.OnRedirectToLogin = context =>
            {
                var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
                context.Response.Redirect(cookie.LoginPath + QueryString.Create(cookie.ReturnUrlParameter, returnUrl));
                return Task.CompletedTask;
            };
            // A signed-in person refused a page gets a 403 with an explanation, not a redirect.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        if (oidc.Enabled)
        {
            services
                .AddAuthentication()
                .AddOpenIdConnect(
                    BeaconOpenIdConnectOptions.Scheme,
                    oidc.DisplayName,
                    options =>
                    {
                        options.SignInScheme = IdentityConstants.ExternalScheme;
                        options.Authority = oidc.Authority;
                        options.ClientId = oidc.ClientId;
                        options.ClientSecret = oidc.ClientSecret;
                        options.ResponseType = "code";
                        options.Scope.Add("email");
                        options.CallbackPath = "/sign-in/oidc-callback";
                    }
                );
        }

        services.AddAuthorization(options =>
        {
            foreach (var permission in Enum.GetValues<Permission>())
            {
                options.AddPolicy(
                    RequirePermissionAttribute.PolicyName(permission),
                    policy => policy.AddRequirements(new PermissionRequirement(permission))
                );
            }

            // Every page needs a signed-in person unless it says otherwise.
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();

        services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = importOptions.MaxFileBytes + (1024 * 1024));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = importOptions.MaxFileBytes + (1024 * 1024));

        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in hosting.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in hosting.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        services
            .AddRazorPages(pages => pages.RootDirectory = "/Features")
            .AddApplicationPart(typeof(BeaconWebApp).Assembly)
            .AddMvcOptions(mvc =>
            {
                mvc.Filters.Add<MalformedQueryFilter>();
                // Beacon's own checks say what is wrong in the users' words; ASP.NET's defaults ("The UserName field
                // is required.", "The value 'x' is not valid") are not shown beside them.
                mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                mvc.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor(
                    (value, field) => $"'{value}' is not a {Words(field)} Beacon can read"
                );
                mvc.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(field => $"Enter {Words(field)} as a number");
                mvc.ModelBindingMessageProvider.SetValueIsInvalidAccessor(value => $"'{value}' is not a value Beacon can read");
            });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "beacon-antiforgery";
            antiforgery.Cookie.SecurePolicy = hosting.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }

    // The HTML reports' own style is allowed by its hash, so that a served report is styled.
    private static readonly string ContentSecurityPolicy =
        $"default-src 'self'; img-src 'self' data:; style-src 'self' {HtmlReportStyle.ContentSecurityPolicySource}; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /// <summary>Sets up the request pipeline.</summary>
    public static WebApplication UseBeacon(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var hosting = app.Services.GetRequiredService<BeaconHostingOptions>();
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseHsts();
        if (hosting.RequireHttps)
        {
            app.UseHttpsRedirection();
        }

        app.Use(RefuseTooLargeRequests);
        app.Use(
            async (context, next) =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                await next();
            }
        );
        app.UseStaticFiles(
            new StaticFileOptions { FileProvider = new ManifestEmbeddedFileProvider(typeof(BeaconWebApp).Assembly, "wwwroot") }
        );
        app.UseRouting();
        app.UseAuthentication();
        app.Use(
            async (context, next) =>
            {
                // Attribute every audited change in this request to the signed-in person, and show them only their
                // organisation's records: nobody's before they sign in.
                var scope = context.RequestServices.GetRequiredService<AuditScope>();
                scope.OrganisationId = AccessPolicy.OrganisationScopeOf(context.User.ToBeaconUser());
                if (context.User.Identity?.IsAuthenticated == true)
                {
                    scope.Actor = context.User.Identity.Name ?? AuditScope.System;
                    // What a signed-in person sees may be about a child or a confidential rating: never kept by a
                    // browser or a proxy, downloads included.
                    // The same words antiforgery uses, so that it need not replace them (and log that it did) on every form.
                    context.Response.Headers.CacheControl = "no-cache, no-store";
                    context.Response.Headers.Pragma = "no-cache";
                }

                await next();
            }
        );
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapHealthChecks("/health").AllowAnonymous();
        if (app.Services.GetRequiredService<BeaconOpenIdConnectOptions>().Enabled)
        {
            app.MapPost(
                    "/sign-in/external",
                    (HttpContext context, SignInManager<BeaconAccount> signIn) =>
                        Results.Challenge(
                            signIn.ConfigureExternalAuthenticationProperties(
                                BeaconOpenIdConnectOptions.Scheme,
                                "/sign-in/external-callback"
                            ),
                            [BeaconOpenIdConnectOptions.Scheme]
                        )
                )
                .AllowAnonymous();
        }

        return app;
    }

    // A body over the limit is refused before anything reads it, with a 413 the error page explains (naming the
    // limit); one that grows past it while read (sent without a length) is refused the same way.
    private static async Task RefuseTooLargeRequests(HttpContext context, Func<Task> next)
    {
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (context.Request.ContentLength > limit)
        {
            RespondTooLarge(context);
            return;
        }

        try
        {
            await next();
        }
        catch (Exception exception) when (!context.Response.HasStarted && IsTooLarge(exception))
        {
            context.Response.Clear();
            RespondTooLarge(context);
        }
    }

    private static void RespondTooLarge(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        // The error page is shown by re-running the request; as a GET without a body it does not read the form.
        context.Request.Method = HttpMethods.Get;
        context.Request.ContentType = null;
        context.Request.ContentLength = null;
    }

    private static bool IsTooLarge(Exception exception) =>
        exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
        || (exception is InvalidDataException && exception.Message.Contains("length limit", StringComparison.Ordinal));

    /// <summary>Applies pending migrations to the configured database.</summary>
    public static async Task MigrateAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        await BeaconDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<BeaconDbContext>());
    }

    /// <summary>The site settings, for pages and the layout.</summary>
    public static BeaconSiteOptions Site(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<BeaconSiteOptions>>().Value;

    /// <summary>Today's date by the app's clock, which dates the documents a page writes.</summary>
    public static DateOnly Today(this IServiceProvider services) =>
        DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    // "Form.MeetingDate" reads as "meeting date".
    private static string Words(string field) =>
        System.Text.RegularExpressions.Regex.Replace(field[(field.LastIndexOf('.') + 1)..], "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
}
