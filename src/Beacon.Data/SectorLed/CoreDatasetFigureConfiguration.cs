using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SectorLed;

internal sealed class CoreDatasetFigureConfiguration : IEntityTypeConfiguration<CoreDatasetFigure>
{
    public void Configure(EntityTypeBuilder<CoreDatasetFigure> figure)
    {
        figure.ToTable("core_dataset_figures");
        figure.Property(f => f.IndicatorCode).HasMaxLength(60);
        figure.Property(f => f.Value).HasPrecision(18, 4);
        figure.Property(f => f.Symbol).HasMaxLength(10);
        figure.Property(f => f.Narrative).HasMaxLength(2_000);
        figure.HasIndex(f => new { f.SubmissionId, f.IndicatorCode }).IsUnique();
    }
}
