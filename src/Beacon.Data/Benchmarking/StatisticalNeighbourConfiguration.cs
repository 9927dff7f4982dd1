using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Benchmarking;

internal sealed class StatisticalNeighbourConfiguration : IEntityTypeConfiguration<StatisticalNeighbour>
{
    public void Configure(EntityTypeBuilder<StatisticalNeighbour> neighbour)
    {
        neighbour.ToTable("statistical_neighbours");
        neighbour
            .HasIndex(n => new
            {
                n.Model,
                n.Authority,
                n.Rank,
            })
            .IsUnique();
    }
}
