using Beacon.Application.Committees;
using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.Committees;
using Beacon.Domain.Governance;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Features.Committees;

/// <summary>One agenda item's paper; an exempt one only for people granted exempt items.</summary>
[RequirePermission(Permission.ViewCommittees)]
public sealed class ItemModel(BeaconDbContext db, IOptions<ConstitutionRules> rules) : PageModel
{
    public AgendaItem Item { get; private set; } = new();

    public FrozenPaper? Frozen { get; private set; }

    /// <summary>The paper's sections in the authority's report template.</summary>
    public IReadOnlyList<(string Heading, string Text)> Sections { get; private set; } = [];

    public bool MayReadExempt { get; private set; }

    /// <summary>For an instrument of government, the rules of the regulations it breaks (none when it may be approved).</summary>
    public IReadOnlyList<Problem>? Breaches { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>The Beacon report frozen for the paper, as Word: the public part, or the exempt part for those granted it.</summary>
    public async Task<IActionResult> OnGetReportAsync(int id, string? part, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Frozen is null)
        {
            return NotFound();
        }

        var bytes = part == "exempt" ? (MayReadExempt ? Frozen.ExemptDocx : null) : Frozen.PublicDocx;
        return bytes is null
            ? NotFound()
            : File(
                bytes,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                $"item-{Item.Number}{(part == "exempt" ? "-exempt" : "")}.docx"
            );
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var item = await db
            .AgendaItems.AsNoTracking()
            .Include(i => i.Meeting!)
                .ThenInclude(m => m.Committee)
            .Include(i => i.Sections)
            .SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        var user = User.ToBeaconUser();
        // Refused as if it were not there: a 403 would tell the reader that an exempt item exists at this address.
        if (
            item is null
            || !AccessPolicy.CanViewCommitteeItem(user, item.IsExempt)
            || !await CommitteeReader.MayReadAsync(db, user, item.Meeting!.CommitteeId, item.IsPublished, cancellationToken)
        )
        {
            return false;
        }

        Item = item;
        MayReadExempt = AccessPolicy.Can(user, Permission.ViewExemptItems);
        Sections = item.Section.HasPaper()
            ? PaperSections.Compose(await PaperSections.TemplateAsync(db, cancellationToken), item.Sections)
            : [];
        Frozen = await db.FrozenPapers.AsNoTracking().SingleOrDefaultAsync(p => p.AgendaItemId == id, cancellationToken);
        if (
            item.Source == PaperSource.InstrumentOfGovernment
            && int.TryParse(item.SourceParameters, System.Globalization.CultureInfo.InvariantCulture, out var instrumentId)
        )
        {
            var instrument = await db.Instruments.AsNoTracking().SingleOrDefaultAsync(i => i.Id == instrumentId, cancellationToken);
            Breaches = instrument is null ? null : ConstitutionCheck.Breaches(instrument.ToInstrument(), rules.Value);
        }

        return true;
    }
}
