using System.Net;
using System.Text.RegularExpressions;

namespace Beacon.Web.Tests;

/// <summary>An HTTP client that behaves like a browser's session: it keeps cookies and sends antiforgery tokens.</summary>
public sealed partial class BrowserlessClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly CookieContainer _cookies = new();
    private readonly Uri _baseAddress;

    public BrowserlessClient(Uri baseAddress)
    {
        _baseAddress = baseAddress;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
        };
    }

    /// <summary>Another client holding copies of this one's cookies, as someone who copied them would.</summary>
    public BrowserlessClient WithCopiedCookies()
    {
        var copy = new BrowserlessClient(_baseAddress);
        foreach (Cookie cookie in _cookies.GetAllCookies())
        {
            copy._cookies.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        return copy;
    }

    public Task<HttpResponseMessage> GetAsync(string path) =>
        _http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    public async Task<string> GetStringAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var token = await AntiforgeryTokenAsync("/sign-in");
        return await _http.PostAsync(
            new Uri("/sign-in", UriKind.Relative),
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["UserName"] = userName,
                    ["Password"] = password,
                    ["__RequestVerificationToken"] = token,
                }
            ),
            TestContext.Current.CancellationToken
        );
    }

    /// <summary>Posts a file to the upload page, with the token from that page.</summary>
    public Task<HttpResponseMessage> UploadAsync(string fileName, byte[] content) =>
        UploadAsync("/imports/upload", fileName, content, new Dictionary<string, string> { ["Format"] = "dfe-open-data" });

    /// <summary>Posts a file (as the form's Upload field, with any other fields) to a page, with the token from that page.</summary>
    public async Task<HttpResponseMessage> UploadAsync(
        string path,
        string fileName,
        byte[] content,
        IDictionary<string, string>? fields = null
    )
    {
        var token = await AntiforgeryTokenAsync(path);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "Upload", fileName },
        };
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }

        return await _http.PostAsync(new Uri(path, UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    /// <summary>Posts a form with the session's antiforgery token, taken from a page the person can open.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields, string tokenPage = "/")
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await AntiforgeryTokenAsync(tokenPage) };
        return await _http.PostAsync(
            new Uri(path, UriKind.Relative),
            new FormUrlEncodedContent(form),
            TestContext.Current.CancellationToken
        );
    }

    private async Task<string> AntiforgeryTokenAsync(string path)
    {
        var page = await GetStringAsync(path);
        return TokenPattern().Match(page).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public void Dispose() => _http.Dispose();
}
