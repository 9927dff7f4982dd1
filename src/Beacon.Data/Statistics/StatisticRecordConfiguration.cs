using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Statistics;

internal sealed class StatisticRecordConfiguration : IEntityTypeConfiguration<StatisticRecord>
{
    public void Configure(EntityTypeBuilder<StatisticRecord> stat)
    {
        stat.ToTable("statistics");
        // Figures keep every digit published: LAIT writes values such as 9.8949999999999996 and 7.0000000000000007E-2,
        // and eight places rounded them on PostgreSQL (9.895, shown 9.90 where LAIT shows 9.89).
        stat.Property(s => s.Value).HasPrecision(38, 20);
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
