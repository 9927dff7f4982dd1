using Microsoft.AspNetCore.Http;

namespace Beacon.Web.Features.Imports;

/// <summary>An uploaded file copied to a temporary file for the import pipeline (which reads a path), removed afterwards.</summary>
public static class UploadedFile
{
    public static async Task<T> WithCopyAsync<T>(IFormFile upload, Func<string, Task<T>> use, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(use);
        var temporary = Path.GetTempFileName();
        try
        {
            await using (var target = File.Create(temporary))
            {
                await upload.CopyToAsync(target, cancellationToken);
            }

            return await use(temporary);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
