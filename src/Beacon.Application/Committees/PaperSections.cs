using Beacon.Data;
using Beacon.Data.Committees;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Committees;

/// <summary>
/// A paper's numbered sections in the authority's report template: each template section in its order, with what
/// the officer wrote under it or the template's words for none ("There are no staff considerations."), then any
/// section the officer added that the template does not have.
/// </summary>
public static class PaperSections
{
    public static async Task<IReadOnlyList<ReportTemplateSection>> TemplateAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.ReportTemplate.AsNoTracking().OrderBy(t => t.Position).ToListAsync(cancellationToken);
    }

    /// <summary>The headings a paper is written under: the template's in order, then any of the officer's the template does not have.</summary>
    public static IReadOnlyList<string> Headings(IReadOnlyList<ReportTemplateSection> template, IEnumerable<string> written)
    {
        ArgumentNullException.ThrowIfNull(template);
        return [.. template.Select(t => t.Heading).Concat(written).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public static IReadOnlyList<(string Heading, string Text)> Compose(
        IReadOnlyList<ReportTemplateSection> template,
        IEnumerable<PaperSection> written
    )
    {
        ArgumentNullException.ThrowIfNull(template);
        var sections = written.OrderBy(s => s.Position).ToList();
        bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        return
        [
            .. template
                .Select(t => (t.Heading, Text: sections.FirstOrDefault(s => Same(s.Heading, t.Heading))?.Text ?? t.WhenEmpty))
                .Where(s => s.Text.Length > 0),
            .. sections.Where(s => !template.Any(t => Same(t.Heading, s.Heading))).Select(s => (s.Heading, s.Text)),
        ];
    }
}
