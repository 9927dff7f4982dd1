using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Statistics;

internal sealed class StatisticRecordConfiguration : IEntityTypeConfiguration<StatisticRecord>
{
    public void Configure(EntityTypeBuilder<StatisticRecord> stat)
    {
        stat.ToTable("statistics");
        stat.Property(s => s.Value).HasPrecision(28, 8);
        stat.HasIndex(s => new
            {
                s.Dataset,
                s.TimePeriod,
                s.TimeIdentifier,
                s.GeographicLevel,
                s.GeographyCode,
                s.Filters,
                s.Measure,
            })
            .IsUnique()
            .HasDatabaseName("ux_statistics_natural_key");
    }
}
