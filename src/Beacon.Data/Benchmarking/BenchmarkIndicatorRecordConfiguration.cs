using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Benchmarking;

internal sealed class BenchmarkIndicatorRecordConfiguration : IEntityTypeConfiguration<BenchmarkIndicatorRecord>
{
    public void Configure(EntityTypeBuilder<BenchmarkIndicatorRecord> indicator)
    {
        indicator.ToTable("benchmark_indicators");
        indicator.HasIndex(i => i.Code).IsUnique();
        indicator.Property(i => i.Polarity).HasConversion<string>();
    }
}
