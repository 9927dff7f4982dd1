using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain;
using Beacon.Domain.Periods;
using Beacon.Domain.SocialCare;
using Beacon.Import.SocialCare;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SocialCare;

/// <summary>
/// The fostering return filled in section by section on Beacon's forms (as well as loaded as JSON): each section is
/// checked with the whole return's rules and saved in one step, audited with who and which section.
/// </summary>
public sealed class FosteringReturnEditor(BeaconDbContext db)
{
    private const int MaxText = 2000;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A return as held: the quarter read, and which sections it has been given.</summary>
    public sealed record Held(FosteringQuarter Quarter, IReadOnlySet<string> CompletedSections);

    /// <summary>The quarter's return, or an empty one where none is held yet.</summary>
    public async Task<Result<Held>> LoadAsync(string? quarter, CancellationToken cancellationToken)
    {
        var found = await FindAsync(quarter, cancellationToken);
        return found.Succeeded ? new Held(Read(found.Value.Stored), Completed(found.Value.Stored)) : found.Problem!;
    }

    /// <summary>What a section's form shows: each field's value as typed, read from the held return.</summary>
    public static IReadOnlyDictionary<string, string> ValuesOf(FosteringQuarter quarter, FosteringReturnSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var stored = JsonSerializer.SerializeToNode(quarter, FosteringQuarterFormat.Json)!.AsObject();
        return section.Fields.ToDictionary(f => f.Path, f => Display(Find(stored, f.Path), f.Kind));
    }

    /// <summary>Saves one section's fields, typed as on the form; each problem is coded by the field's id.</summary>
    public async Task<Result> SaveSectionAsync(
        string? quarter,
        string? slug,
        IReadOnlyDictionary<string, string?> typed,
        string actor,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(typed);
        if (FosteringReturnSection.Find(slug) is not { } section)
        {
            return Result.Failure("not-found", $"{slug}: not a section of the fostering return");
        }

        var found = await FindAsync(quarter, cancellationToken);
        if (!found.Succeeded)
        {
            return found.Problem!;
        }

        var (parsed, held, stored) = found.Value;
        var problems = new List<Problem>();
        foreach (var field in section.Fields)
        {
            var (node, problem) = Parse(field, typed.GetValueOrDefault(FieldId(field.Path))?.Trim() ?? "");
            if (problem is not null)
            {
                problems.Add(Result.Failure(FieldId(field.Path), problem));
            }
            else
            {
                Set(stored, field.Path, node);
            }
        }

        if (problems.Count == 0)
        {
            // The whole return's rules, kept to those about this section's fields: others are put right on their own forms.
            problems.AddRange(
                Read(stored)
                    .Problems()
                    .Select(p => (Path: p[..p.IndexOf(':', StringComparison.Ordinal)], Message: p))
                    .Where(p => section.Fields.Any(f => f.Path == p.Path))
                    .Select(p => Result.Failure(FieldId(p.Path), Sentence(section.Fields.First(f => f.Path == p.Path), p.Message)))
            );
        }

        if (Result.Combine(problems) is { } failure)
        {
            return failure;
        }

        var json = stored.ToJsonString(FosteringQuarterFormat.Json);
        if (held is null)
        {
            db.FosteringReturns.Add(new FosteringReturn { Quarter = parsed.ToString(), Json = json });
        }
        else
        {
            held.Json = json;
        }

        db.AuditScope.Actor = actor;
        db.AuditScope.Reason = $"{section.Title}, {parsed.DisplayName}";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    // The quarter's return as held (tracked, for a save) and as JSON; a return not yet begun holds only its quarter.
    private async Task<Result<(FinancialQuarter Quarter, FosteringReturn? Held, JsonObject Stored)>> FindAsync(
        string? quarter,
        CancellationToken cancellationToken
    )
    {
        if (FinancialQuarter.Parse(quarter ?? "") is not { Succeeded: true } parsed)
        {
            return Result.Failure("Quarter", "Select the quarter, like 2013-Q1 (April to June 2013)");
        }

        var code = parsed.Value.ToString();
        var held = await db.FosteringReturns.SingleOrDefaultAsync(f => f.Quarter == code, cancellationToken);
        var stored = held is null ? new JsonObject { ["quarter"] = code } : JsonNode.Parse(held.Json)!.AsObject();
        return (parsed.Value, held, stored);
    }

    /// <summary>The id of a field on its form (and the code of its problems): its path with hyphens.</summary>
    public static string FieldId(string path) => path.Replace('.', '-');

    private static FosteringQuarter Read(JsonObject stored)
    {
        var q = stored.Deserialize<FosteringQuarter>(FosteringQuarterFormat.Json)!;
        // Lists absent from a return begun on the forms read as empty, not as missing.
        return q with
        {
            EnquiriesBySource = q.EnquiriesBySource ?? [],
            Resignations = q.Resignations ?? [],
            PanelRecommendations = q.PanelRecommendations ?? [],
            TrainingDelivered = q.TrainingDelivered ?? [],
            ActionPlan = q.ActionPlan ?? [],
        };
    }

    // A section is complete once its first field has been given, on a form or in a loaded return.
    private static HashSet<string> Completed(JsonObject stored) =>
        FosteringReturnSection.All.Where(s => Find(stored, s.Fields[0].Path) is not null).Select(s => s.Slug).ToHashSet();

    private static string[] JsonPath(string path) => path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray();

    private static JsonNode? Find(JsonObject stored, string path)
    {
        JsonNode? node = stored;
        foreach (var name in JsonPath(path))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(name, out var next) ? next : null;
        }

        return node;
    }

    private static void Set(JsonObject stored, string path, JsonNode? value)
    {
        var names = JsonPath(path);
        var parent = stored;
        foreach (var name in names[..^1])
        {
            if (parent[name] is not JsonObject child)
            {
                child = [];
                parent[name] = child;
            }

            parent = child;
        }

        parent[names[^1]] = value;
    }

    private static string Display(JsonNode? node, FosteringFieldKind kind) =>
        node switch
        {
            null => "",
            JsonArray items => string.Join(
                "\n",
                items.Select(i =>
                    kind switch
                    {
                        FosteringFieldKind.CountedLines => $"{i!["what"]}: {i["count"]}",
                        FosteringFieldKind.ActionLines => string.Join(
                                " | ",
                                new[] { i!["priority"], i["progress"], i["lead"], i["targetDate"] }.Select(p => p?.ToString() ?? "")
                            )
                            .TrimEnd(' ', '|'),
                        _ => i?.ToString() ?? "",
                    }
                )
            ),
            _ => node.ToString(),
        };

    // The field's JSON from what was typed, or the problem in GOV.UK's words.
    private static (JsonNode? Node, string? Problem) Parse(FosteringField field, string text)
    {
        var label = field.Label;
        switch (field.Kind)
        {
            case FosteringFieldKind.Count or FosteringFieldKind.Change:
                if (text.Length == 0)
                {
                    return (null, $"Enter {Lower(label)}");
                }

                return
                    int.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, English, out var n)
                    && (n >= 0 || field.Kind == FosteringFieldKind.Change)
                    ? (JsonValue.Create(n), null)
                    : (null, $"{label} must be a whole number{(field.Kind == FosteringFieldKind.Count ? " of 0 or more" : "")}, like 9");
            case FosteringFieldKind.Money:
                if (text.Length == 0)
                {
                    return (null, $"Enter {Lower(label)}");
                }

                return decimal.TryParse(text.TrimStart('£'), NumberStyles.Number, English, out var pounds) && pounds >= 0
                    ? (JsonValue.Create(Math.Round(pounds, 2)), null)
                    : (null, $"{label} must be an amount in pounds, like 1,250,000");
            case FosteringFieldKind.Text:
                return text.Length > MaxText
                    ? (null, $"{label} must be {MaxText} characters or fewer")
                    : (text.Length == 0 ? null : JsonValue.Create(text), null);
            default:
                return Lines(field, text);
        }
    }

    private static (JsonNode? Node, string? Problem) Lines(FosteringField field, string text)
    {
        var items = new JsonArray();
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > MaxText)
            {
                return (null, $"Line {i + 1} of {Lower(field.Label)} must be {MaxText} characters or fewer");
            }

            switch (field.Kind)
            {
                case FosteringFieldKind.CountedLines:
                    var colon = line.LastIndexOf(':');
                    if (colon <= 0 || !int.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, English, out var count))
                    {
                        return (null, $"Line {i + 1} of {Lower(field.Label)} must be a name and its number, like: Own volition: 9");
                    }

                    items.Add(new JsonObject { ["what"] = line[..colon].Trim(), ["count"] = count });
                    break;
                case FosteringFieldKind.ActionLines:
                    var parts = line.Split('|').Select(p => p.Trim()).ToArray();
                    if (parts.Length < 2 || parts.Length > 4 || parts[0].Length == 0 || parts[1].Length == 0)
                    {
                        return (null, $"Line {i + 1} of the action plan must be: priority | progress | lead officer | target date");
                    }

                    items.Add(
                        new JsonObject
                        {
                            ["priority"] = parts[0],
                            ["progress"] = parts[1],
                            ["lead"] = parts.Length > 2 ? parts[2] : "",
                            ["targetDate"] = parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null,
                        }
                    );
                    break;
                default:
                    items.Add(line);
                    break;
            }
        }

        return (items, null);
    }

    // "Staffing.Vacancies: 3 is more than the 2 posts" as the form says it: "Posts vacant this quarter: 3 is more ...".
    private static string Sentence(FosteringField field, string problem) =>
        $"{field.Label}: {problem[(problem.IndexOf(':', StringComparison.Ordinal) + 2)..]}";

    private static string Lower(string label) => char.ToLowerInvariant(label[0]) + label[1..];
}
