using Beacon.Application.SocialCare;
using Beacon.Domain.SocialCare;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Application.Tests.SocialCare;

/// <summary>What an authority sets for its social care pages, read from configuration as the app reads it.</summary>
public sealed class SocialCareSettingsTests
{
    [Fact]
    public void An_authoritys_own_dispute_stages_and_threshold_replace_Beacons()
    {
        var services = Services(
            new()
            {
                ["Beacon:IroDisputes:Stages:0:Name"] = "Team manager",
                ["Beacon:IroDisputes:Stages:0:WorkingDays"] = "3",
                ["Beacon:IroDisputes:Stages:1:Name"] = "Assistant director",
                ["Beacon:IroDisputes:Stages:1:WorkingDays"] = "10",
                ["Beacon:Publication:SuppressBelow"] = "10",
            }
        );

        Assert.Equal(
            [new DisputeStage("Team manager", 3), new DisputeStage("Assistant director", 10)],
            SocialCareSettings.DisputeStages(services)
        );
        Assert.Equal(10, SocialCareSettings.Threshold(services));
    }

    [Fact]
    public void Without_settings_Beacons_defaults_apply()
    {
        var services = Services([]);

        Assert.Equal(IroDisputeProcess.DefaultStages, SocialCareSettings.DisputeStages(services));
        Assert.Equal(PublishedCount.DefaultThreshold, SocialCareSettings.Threshold(services));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
