using Beacon.Domain;
using Beacon.Import.Tabular;

namespace Beacon.Import.DfeOpenData;

/// <summary>An open DfE open-data file: its reader, its column plan, and its rows from the first on.</summary>
internal sealed class DfeFile : IDisposable
{
    private readonly TabularReader _reader;
    private readonly List<(long Row, string[] Cells)> _sample;

    private DfeFile(TabularReader reader, DfeColumnPlan? plan, List<(long, string[])> sample)
    {
        _reader = reader;
        Plan = plan;
        _sample = sample;
    }

    /// <summary>Null when the header was wrong; the reasons went to the header-error callback.</summary>
    public DfeColumnPlan? Plan { get; }

    /// <summary>Opens the file and reads enough rows to tell filters from measures.</summary>
    public static Result<DfeFile> Open(string path, IReadOnlyCollection<string>? filterNames, Action<string, string> headerError)
    {
        var opened = TabularReader.Open(path);
        if (!opened.Succeeded)
        {
            return opened.Problem!;
        }

        var reader = opened.Value;
        var sample = new List<(long, string[])>();
        while (sample.Count < DfeColumnPlan.SampleRows && reader.Read())
        {
            reader.CheckNoExtraCells();
            sample.Add((reader.RowNumber, reader.Current));
        }

        var plan = DfeColumnPlan.Create(reader.Header, sample.Select(s => s.Item2).ToList(), filterNames, headerError);
        return new DfeFile(reader, plan, sample);
    }

    /// <summary>Every data row with its number in the file, the sampled ones first.</summary>
    public IEnumerable<(long Row, string[] Cells)> Rows()
    {
        foreach (var row in _sample)
        {
            yield return row;
        }

        while (_reader.Read())
        {
            _reader.CheckNoExtraCells();
            yield return (_reader.RowNumber, _reader.Current);
        }
    }

    public void Dispose() => _reader.Dispose();
}
