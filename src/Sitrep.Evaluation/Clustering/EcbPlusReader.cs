using System.Xml;

namespace Sitrep.Evaluation.Clustering;

/// <summary>One ECB+ document rebuilt from its tokens.</summary>
/// <param name="Topic">The topic folder's name.</param>
/// <param name="Name">The file name, such as <c>1_10ecbplus.xml</c>.</param>
/// <param name="Sentences">The tokens of each sentence, in order, without the address line some documents start with.</param>
public sealed record EcbPlusDocument(string Topic, string Name, IReadOnlyList<IReadOnlyList<string>> Sentences)
{
    /// <summary>The gold story: the topic and the half of it (ECB or ECB+) the file belongs to, since each topic
    /// pairs two different events of the same kind.</summary>
    public string Story => Topic + (Name.EndsWith("ecbplus.xml", StringComparison.OrdinalIgnoreCase) ? "/ecbplus" : "/ecb");

    /// <summary>The first sentence, which is the headline in ECB+ documents taken from news sites.</summary>
    public string Title => Sentences.Count == 0 ? "" : string.Join(' ', Sentences[0]);

    /// <summary>The sentences after the first, one per line.</summary>
    public string Body => string.Join('\n', Sentences.Skip(1).Select(s => string.Join(' ', s)));
}

/// <summary>Reads the ECB+ corpus: topic folders of token XML files (<c>&lt;token sentence="…"&gt;word&lt;/token&gt;</c>);
/// the markables and relations after the tokens are ignored.</summary>
public static class EcbPlusReader
{
    /// <summary>Reads every <c>*ecb.xml</c> and <c>*ecbplus.xml</c> file under the topic folders of
    /// <paramref name="directory"/>, ordered by topic (numerically when topics are numbers) and file name.</summary>
    /// <exception cref="DirectoryNotFoundException">No topic folder holds an ECB or ECB+ file.</exception>
    /// <exception cref="FormatException">A file is not ECB+ token XML; the message names it.</exception>
    public static IReadOnlyList<EcbPlusDocument> Read(string directory)
    {
        var documents = new List<EcbPlusDocument>();
        foreach (var topic in Directory.GetDirectories(directory).OrderBy(TopicOrder).ThenBy(d => d, StringComparer.Ordinal))
        {
            var files = Directory.GetFiles(topic, "*.xml")
                .Where(f => f.EndsWith("ecb.xml", StringComparison.OrdinalIgnoreCase) || f.EndsWith("ecbplus.xml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            documents.AddRange(files.Select(f => ReadFile(f, Path.GetFileName(topic))));
        }

        if (documents.Count == 0)
        {
            throw new DirectoryNotFoundException($"{directory}: expected topic folders of ECB+ files (TOPIC/TOPIC_Necb.xml, TOPIC_Necbplus.xml)");
        }

        return documents;
    }

    /// <summary>Reads one file's tokens into sentences.</summary>
    /// <exception cref="FormatException">The file is not ECB+ token XML.</exception>
    public static EcbPlusDocument ReadFile(string path, string topic)
    {
        var sentences = new SortedDictionary<int, List<string>>();
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            reader.MoveToContent();
            if (reader.Name != "Document")
            {
                throw new FormatException($"{path}: not ECB+ token XML (root <{reader.Name}>, expected <Document>)");
            }

            while (reader.ReadToFollowing("token"))
            {
                var sentence = int.TryParse(reader.GetAttribute("sentence"), out var s) ? s : 0;
                var text = reader.ReadElementContentAsString().Trim();
                // Tokenised quotes carry no content; dropping them keeps "``Scrubs''" from becoming words.
                if (text.Length > 0 && text is not ("``" or "''"))
                {
                    if (!sentences.TryGetValue(sentence, out var tokens))
                    {
                        sentences[sentence] = tokens = [];
                    }

                    tokens.Add(text);
                }
            }
        }
        catch (XmlException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }

        // ECB+ documents scraped from the web start with their address, tokenised; in Sitrep an article's address is
        // metadata, not text, and the address line would otherwise tell the ECB+ half apart by itself.
        var list = sentences.Values.Where(s => !s[0].StartsWith("http", StringComparison.OrdinalIgnoreCase)).Select(s => (IReadOnlyList<string>)s).ToList();
        return new EcbPlusDocument(topic, Path.GetFileName(path), list);
    }

    private static int TopicOrder(string folder) => int.TryParse(Path.GetFileName(folder), out var n) ? n : int.MaxValue;
}
