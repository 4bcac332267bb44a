namespace InitiativeHub.Web.Navigation;

/// <summary>
/// Return URLs from query strings and forms are only followed when they stay on this site, so a crafted link can never
/// bounce a user who just signed in to another site (open redirect).
/// </summary>
public static class LocalUrl
{
    /// <summary>True for "/path", "/path?query" and "~/path"; false for "//host", "/\host", absolute URLs and control characters.</summary>
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Any(char.IsControl))
        {
            return false;
        }

        if (url[0] == '/')
        {
            return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
        }

        return url.Length > 1 && url[0] == '~' && url[1] == '/' && (url.Length == 2 || (url[2] != '/' && url[2] != '\\'));
    }

    /// <summary>The URL as a site-relative path when it is local; the home page otherwise.</summary>
    public static string OrHome(string? url) =>
        !IsLocal(url) ? "/" : url![0] == '~' ? url[1..] : url;
}
