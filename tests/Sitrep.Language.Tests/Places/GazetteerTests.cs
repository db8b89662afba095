using Sitrep.Language.Places;

namespace Sitrep.Language.Tests.Places;

public sealed class GazetteerTests
{
    [Fact]
    public void The_built_in_gazetteer_holds_cities_divisions_countries_and_the_supplement()
    {
        var gazetteer = Gazetteer.Default;
        Assert.True(gazetteer.PlaceCount > 200_000, $"only {gazetteer.PlaceCount} places");
        var places = gazetteer.Find("Aleppo").Select(gazetteer.PlaceAt).ToList();
        Assert.Contains(places, p => p.FeatureCode == "P.PPLA" && p.CountryCode == "SY" && p.Population > 1_000_000);
        Assert.Contains(places, p => p.FeatureCode == "A.ADM1" && p.CountryCode == "SY");
        Assert.Contains(gazetteer.Find("Syria").Select(gazetteer.PlaceAt), p => p.FeatureCode == "A.PCLI" && p.GeoNameId == 163843);
        Assert.Contains(gazetteer.Find("al-Tanak").Select(gazetteer.PlaceAt), p => p.FeatureCode == "L.OILF");
        Assert.Equal("Syria", gazetteer.CountryName("SY"));
    }

    [Fact]
    public void Lookup_keys_fold_spelling_variants_together()
    {
        Assert.Equal(GazetteerFormat.KeyOf("Deir ez-Zor"), GazetteerFormat.KeyOf("Deir Ezzor"));
        Assert.Equal(GazetteerFormat.KeyOf("al-Bukamal"), GazetteerFormat.KeyOf("Bukamal"));
        Assert.Equal(GazetteerFormat.KeyOf("Raqqa"), GazetteerFormat.KeyOf("Raqa"));
        Assert.NotEqual(GazetteerFormat.KeyOf("Homs"), GazetteerFormat.KeyOf("Hama"));
    }

    [Fact]
    public void A_file_that_is_not_a_gazetteer_is_refused_with_its_name()
    {
        var path = Path.Combine(Path.GetTempPath(), "sitrep-not-a-gazetteer-" + Guid.NewGuid().ToString("N") + ".bin");
        File.WriteAllText(path, "hello");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Distances_are_great_circle_kilometres()
    {
        // Damascus to Aleppo is about 310 km.
        Assert.InRange(Geo.DistanceKm(33.51, 36.29, 36.20, 37.16), 300, 320);
        Assert.Equal(0, Geo.DistanceKm(10, 10, 10, 10), 6);
    }
}
