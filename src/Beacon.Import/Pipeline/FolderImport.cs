using Beacon.Import.Benchmarking;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Geography;
using Beacon.Import.SocialCare;

namespace Beacon.Import.Pipeline;

/// <summary>
/// Which reader each file of a folder of DfE and Ofsted downloads takes, by its header and name: the DfE tidy
/// layout, the statistical neighbour models (named by their first year), Ofsted's tables of authority
/// inspections, and Annex A workbooks. Files of other layouts are left out.
/// </summary>
public static class FolderImport
{
    public static IReadOnlyList<(string Path, IImportFormat Format)> Plan(string folder)
    {
        var plan = new List<(string, IImportFormat)>();
        // An Annex A workbook: the authority's child-level lists (Ofsted's sample in shared/data/annex-a).
        foreach (var path in Directory.GetFiles(folder, "*Annex_A*.xlsx").Order(StringComparer.Ordinal))
        {
            plan.Add((path, new AnnexA.AnnexAFormat(AnnexA.AnnexAMap.Shipped)));
        }

        foreach (var path in Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            string header;
            using (var reader = new StreamReader(path))
            {
                header = reader.ReadLine() ?? "";
            }

            IImportFormat? format =
                header.Contains("geographic_level", StringComparison.Ordinal) && header.Contains("time_period", StringComparison.Ordinal)
                    ? new DfeOpenDataFormat(DfeOpenDataFormat.DatasetFromFileName(name), LocalAuthorityRegister.Shipped)
                : name.StartsWith("sn_model_2025", StringComparison.OrdinalIgnoreCase) ? new StatisticalNeighboursFormat(2025)
                : name.Contains("Statistical_Neighbour_Groupings_April_2021", StringComparison.OrdinalIgnoreCase)
                    ? new StatisticalNeighboursFormat(2021)
                : header.Contains("Local authority area code", StringComparison.Ordinal) ? new AuthorityInspectionsFormat()
                : null;
            if (format is not null)
            {
                plan.Add((path, format));
            }
        }

        return plan;
    }
}
