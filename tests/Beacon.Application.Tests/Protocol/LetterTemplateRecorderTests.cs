using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Tests.Protocol;

public sealed class LetterTemplateRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task The_letter_template_is_kept_as_a_new_version_and_cannot_be_blank(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        var recorder = new LetterTemplateRecorder(db);

        Assert.Equal("Body", (await recorder.SaveAsync(" ", token)).Problem!.Code);
        Assert.True((await recorder.SaveAsync("Dear {school}", token)).Succeeded);
        Assert.True((await recorder.SaveAsync("Dear headteacher of {school}", token)).Succeeded);

        await using var read = database.NewContext();
        Assert.Equal(2, await read.LetterTemplates.CountAsync(token));
    }
}
