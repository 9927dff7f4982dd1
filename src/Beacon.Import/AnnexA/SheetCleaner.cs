namespace Beacon.Import.AnnexA;

/// <summary>
/// One list's rows cleaned as they are read: its columns found from the header, each row cleaned or refused, and
/// every change counted once per distinct value, as a large extract repeats the same codes and dates many times over.
/// </summary>
internal sealed class SheetCleaner(AnnexAList list, AnnexAMap map) : SheetHandler
{
    private readonly string _id = list.Columns.First(c => c.Kind == "Id").Name;

    private readonly (AnnexAColumn Column, int Position)[] _required = [.. list.Columns.Select((c, i) => (c, i)).Where(c => c.c.Required)];

    private readonly List<AnnexAFix> _headerFixes = [];

    // A date fix for each column and form the dates are written in.
    private readonly Dictionary<(string Column, string Form), FixTally> _dateFixes = [];

    // The cells of the row being read whose cleaned value differs from the file's, counted once the row is kept.
    private readonly List<CleanedCell> _rowFixes = [];

    private AnnexAColumn?[] _columns = [];

    // Where each of the sheet's columns goes in the list's order.
    private int[] _positions = [];

    private Dictionary<string, CleanedCell>[] _cleaned = [];

    private bool _usable;

    public List<AnnexARow> Rows { get; } = [];

    public List<AnnexAProblem> Problems { get; } = [];

    /// <summary>
    /// Each change made, with the first row it was made on and how many rows: a code once per value, a date once per
    /// form it was written in.
    /// </summary>
    public IEnumerable<AnnexAFix> Fixes() =>
        _headerFixes.Concat(
            _cleaned
                .SelectMany(c => c.Values)
                .Select(c => c.Fix)
                .OfType<FixTally>()
                .Distinct()
                .Where(f => f.Rows > 0)
                .Select(f => new AnnexAFix(list.Number, f.First, f.Column, f.From, f.To, f.Rows, f.Form))
        );

    protected override void Header(string[] header)
    {
        _columns = [.. header.Select(h => AnnexAMap.ColumnFor(list, h))];
        _positions = [.. _columns.Select(c => c is null ? -1 : IndexOf(c))];
        for (var i = 0; i < header.Length; i++)
        {
            if (_columns[i] is { } column && column.Name != header[i].Trim())
            {
                _headerFixes.Add(new AnnexAFix(list.Number, 1, column.Name, header[i].Trim(), column.Name));
            }
        }

        var missing = _required.Select(r => r.Column).Where(c => !_columns.Contains(c)).ToList();
        foreach (var column in missing)
        {
            Problems.Add(
                new AnnexAProblem(list.Number, 1, column.Name, null, "required column is missing, so no row of the list can be used", true)
            );
        }

        _usable = missing.Count == 0;
        _cleaned = [.. _columns.Select(_ => new Dictionary<string, CleanedCell>(StringComparer.Ordinal))];
    }

    protected override void Row(long number, string[] cells)
    {
        if (!_usable)
        {
            return;
        }

        var values = new string?[list.Columns.Count];
        List<AnnexAProblem>? problems = null;
        var refused = false;
        _rowFixes.Clear();
        for (var i = 0; i < _columns.Length && i < cells.Length; i++)
        {
            if (_columns[i] is not { } column)
            {
                continue;
            }

            var raw = cells[i].Trim();
            if (!_cleaned[i].TryGetValue(raw, out var cell))
            {
                var (clean, problem, refuse) = AnnexAValues.Clean(column, raw, map);
                _cleaned[i][raw] = cell = new CleanedCell(raw, clean, problem, refuse, FixFor(column, raw, clean));
            }

            if (cell.Problem is not null)
            {
                (problems ??= []).Add(new AnnexAProblem(list.Number, number, column.Name, raw, cell.Problem, cell.Refused));
                refused |= cell.Refused;
            }

            // An empty value is not kept: a list's trailing empty cells are absent from a sheet and present in a CSV.
            if (cell.Value is { } value)
            {
                if (value.Length > 0)
                {
                    values[_positions[i]] = value;
                }

                if (cell.Fix is not null)
                {
                    _rowFixes.Add(cell);
                }
            }
        }

        foreach (var (column, position) in _required)
        {
            if (values[position] is null && problems?.Exists(p => p.Column == column.Name) != true)
            {
                (problems ??= []).Add(new AnnexAProblem(list.Number, number, column.Name, "", "is required", true));
                refused = true;
            }
        }

        if (problems is not null)
        {
            Problems.AddRange(problems);
        }

        if (refused)
        {
            return;
        }

        foreach (var cell in _rowFixes)
        {
            cell.Fix!.Count(number, cell.Raw, cell.Value!);
        }

        var row = new RowValueDictionary(list, values);
        Rows.Add(new AnnexARow(list.Number, number, row.GetValueOrDefault(_id, ""), row));
    }

    private int IndexOf(AnnexAColumn column)
    {
        for (var i = 0; i < list.Columns.Count; i++)
        {
            if (ReferenceEquals(list.Columns[i], column))
            {
                return i;
            }
        }

        return -1;
    }

    private FixTally? FixFor(AnnexAColumn column, string raw, string? value)
    {
        if (value is null || value == raw || raw.Length == 0)
        {
            return null;
        }

        if (column.Kind == "Date" && AnnexAValues.DateForm(raw) is { } form)
        {
            return _dateFixes.TryGetValue((column.Name, form), out var tally)
                ? tally
                : _dateFixes[(column.Name, form)] = new FixTally(column.Name, form);
        }

        return new FixTally(column.Name, null);
    }

    private sealed record CleanedCell(string Raw, string? Value, string? Problem, bool Refused, FixTally? Fix);

    // One change counted over the rows kept: the first row's value stands for them all.
    private sealed class FixTally(string column, string? form)
    {
        public string Column { get; } = column;

        public string? Form { get; } = form;

        public string From { get; private set; } = "";

        public string To { get; private set; } = "";

        public long First { get; private set; }

        public int Rows { get; private set; }

        public void Count(long row, string from, string to)
        {
            if (Rows++ == 0)
            {
                (First, From, To) = (row, from, to);
            }
        }
    }
}
