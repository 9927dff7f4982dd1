using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Data.Statistics;
using Beacon.Domain.SocialCare;
using Beacon.Import.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.AnnexA;

/// <summary>
/// An authority's Annex A extract (XLSX, a sheet per list, or a zip of CSV files, one per list). The extract is a snapshot: it replaces the last one,
/// in one transaction with its validation report (every fix, every refused row with its reason, every question
/// for an officer). The file is refused whole only when no sheet is a list or a list lacks a required column;
/// a row that cannot be used is left out and reported, as an officer preparing Annex A needs the rest at once.
/// </summary>
public sealed class AnnexAFormat(AnnexAMap map) : IImportFormat
{
    public const string FormatName = "annex-a";

    private AnnexAReading? _reading;

    public string Name => FormatName;

    public string Dataset => FormatName;

    public long Validate(string path, ImportErrors errors, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        // Before any reader opens it: a workbook or zip that would inflate past the limits is refused naming them. A
        // file that is no zip at all is left to the reader, which says what an extract must be.
        if (Tabular.ZipBounds.Check(path).Problem is { Code: not Tabular.ZipBounds.Unreadable } tooBig)
        {
            errors.Add(0, null, null, tooBig.Message);
            return 0;
        }

        try
        {
            _reading = AnnexAReader.Read(path, map);
        }
        catch (Exception e)
            when (e
                    is InvalidDataException
                        or IOException
                        or FileFormatException
                        or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
                        or System.Xml.XmlException
            )
        {
            errors.Add(0, null, null, $"the file is neither a readable XLSX workbook nor a zip of CSV lists ({e.Message.TrimEnd('.')})");
            return 0;
        }

        foreach (var problem in _reading.Problems.Where(p => p.Refused && p.Row == 1))
        {
            errors.Add(1, $"List {problem.List}: {problem.Column}", null, problem.Reason);
        }

        if (_reading.Rows.Count == 0 && !errors.Any)
        {
            errors.Add(0, null, null, "no sheet is an Annex A list (sheets are named List 1 to List 11)");
        }

        return _reading.Rows.Count + _reading.Problems.Count(p => p.Refused && p.Row > 1);
    }

    public async Task<BulkWriteCounts> WriteAsync(
        BeaconDbContext db,
        string path,
        long importRunId,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var reading = _reading ?? AnnexAReader.Read(path, map);
        var lists = map.Lists.ToDictionary(l => l.Number);
        var records = reading
            .Rows.Select(r => new AnnexARecord
            {
                List = r.List,
                Row = r.Row,
                ChildId = r.ChildId,
                Values = AnnexAStoredValues.Write(lists[r.List], r.Values),
                ImportRunId = importRunId,
            })
            .ToList();
        var before = await db
            .AnnexARecords.Select(r => new
            {
                r.List,
                r.ChildId,
                r.Values,
            })
            .ToListAsync(cancellationToken);
        var same =
            before.Count == records.Count
            && before
                .Select(r => (r.List, r.ChildId, r.Values))
                .Order()
                .SequenceEqual(records.Select(r => (r.List, r.ChildId, r.Values)).Order());
        if (same)
        {
            return new BulkWriteCounts(0, 0, records.Count);
        }

        await db.AnnexARecords.ExecuteDeleteAsync(cancellationToken);
        await db.AnnexAIssues.ExecuteDeleteAsync(cancellationToken);
        var fixes = reading.Fixes.Select(f => new AnnexAIssue
        {
            List = f.List,
            Row = f.Row,
            Column = f.Column,
            Value = f.From,
            Kind = "Fixed",
            Detail = f switch
            {
                { Rows: 1 } => $"read as {f.To}",
                { DateForm: { } form } => $"read as {f.To} ({f.Rows:N0} dates written as {form}; the first is given)",
                _ => $"read as {f.To} ({f.Rows:N0} rows; the first is given)",
            },
            ImportRunId = importRunId,
        });
        var problems = reading.Problems.Select(p => new AnnexAIssue
        {
            List = p.List,
            Row = p.Row,
            Column = p.Column,
            Value = p.Value,
            Kind = p.Refused ? "Refused" : "Check",
            Detail = p.Reason,
            ImportRunId = importRunId,
        });
        await AnnexAWriter.InsertAsync(db, records, [.. fixes, .. problems], cancellationToken);
        await RecordMeasuresAsync(db, reading, importRunId, cancellationToken);
        progress?.Report(new ImportProgress("Writing", records.Count, records.Count));
        return new BulkWriteCounts(records.Count, 0, 0);
    }

    // The measures as this extract gives them on the day it is imported, kept for the change since the last extract.
    private static async Task RecordMeasuresAsync(
        BeaconDbContext db,
        AnnexAReading reading,
        long importRunId,
        CancellationToken cancellationToken
    )
    {
        var started = await db.ImportRuns.Where(r => r.Id == importRunId).Select(r => r.StartedAtUtc).SingleAsync(cancellationToken);
        var asAt = DateOnly.FromDateTime(started);
        var measures = PracticeMeasures.Compute(
            reading.Rows.Select(r => new ListRow(r.List, r.ChildId, r.Values)).ToList(),
            asAt,
            await FlexibleTimescales.InForceAsync(db, cancellationToken)
        );
        db.PracticeMeasureResults.AddRange(
            measures.Select(m => new PracticeMeasureResult
            {
                ImportRunId = importRunId,
                AsAt = asAt,
                Code = m.Code,
                Count = m.Count,
                Of = m.Of,
            })
        );
        await db.SaveChangesAsync(cancellationToken);
    }
}
