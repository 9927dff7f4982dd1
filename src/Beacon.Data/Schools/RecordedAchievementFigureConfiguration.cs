using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Schools;

internal sealed class RecordedAchievementFigureConfiguration : IEntityTypeConfiguration<RecordedAchievementFigure>
{
    public void Configure(EntityTypeBuilder<RecordedAchievementFigure> figure)
    {
        figure.ToTable("recorded_achievement_figures");
        figure
            .HasIndex(f => new
            {
                f.MeasureCode,
                f.Year,
                f.GeographyCode,
                f.Kind,
                f.PupilGroup,
            })
            .IsUnique();
        figure.Property(f => f.Value).HasPrecision(9, 2);
    }
}
