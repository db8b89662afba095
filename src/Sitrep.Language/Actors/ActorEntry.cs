namespace Sitrep.Language.Actors;

/// <summary>A name under which an actor appears in text.</summary>
/// <param name="Text">The alias as written in the dictionary.</param>
/// <param name="Exact">Whether it matches only as printed (case-sensitive), as short acronyms such as "IS" must.</param>
public sealed record ActorAlias(string Text, bool Exact);

/// <summary>One actor of the dictionary.</summary>
/// <param name="Id">Stable identifier (<c>hts</c>, <c>sy-military</c>, <c>tiger-forces</c>).</param>
/// <param name="Name">ACLED-style canonical name ("Military Forces of Syria", "Islamic State (ISIS)").</param>
/// <param name="Inter">ACLED inter code: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias,
/// 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the country the actor belongs to, when it has one.</param>
/// <param name="Kind">Broad category: state, rebel, militia, identity-militia, rioters, protesters, civilians,
/// external or other.</param>
/// <param name="MemberOf">The id of the actor this one is a unit or branch of, as ACLED codes it.</param>
/// <param name="Aliases">Names it is recognised by, the canonical name included.</param>
/// <param name="Descriptors">Descriptions ("the jihadist alliance") that may refer back to this actor.</param>
/// <param name="Source">Where it was defined, as <c>file:line</c>, or <c>file:line (country XX)</c> for the actors
/// generated from the country table.</param>
public sealed record ActorEntry(
    string Id,
    string Name,
    int Inter,
    string? Country,
    string Kind,
    string? MemberOf,
    IReadOnlyList<ActorAlias> Aliases,
    IReadOnlyList<string> Descriptors,
    string Source);

/// <summary>A country of the dictionary's country table.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code.</param>
/// <param name="Name">Short English name ("Syria", "United States").</param>
/// <param name="Names">Other names of the country ("Syrian Arab Republic").</param>
/// <param name="Demonyms">Adjectives that mark an actor as the country's ("Syrian", "US").</param>
public sealed record ActorCountry(string Code, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Demonyms);

/// <summary>The actors every country of the table gets, so that "Syrian troops" or "civilians" have an entry.</summary>
public enum CountryRole
{
    /// <summary>"Military Forces of X" (inter 1).</summary>
    Military,

    /// <summary>"Police Forces of X" (inter 1).</summary>
    Police,

    /// <summary>"Government of X" (inter 1).</summary>
    Government,

    /// <summary>"Civilians (X)" (inter 7).</summary>
    Civilians,

    /// <summary>"Protesters (X)" (inter 6).</summary>
    Protesters,

    /// <summary>"Rioters (X)" (inter 5).</summary>
    Rioters,

    /// <summary>"Unidentified Armed Group (X)" (inter 3).</summary>
    Unidentified,
}

/// <summary>A dictionary file could not be read; the message names the file, the line and the problem.</summary>
public sealed class ActorDictionaryException : Exception
{
    /// <summary>Creates the exception for a problem at <paramref name="file"/>:<paramref name="line"/>.</summary>
    public ActorDictionaryException(string file, int line, string problem, Exception? inner = null)
        : base($"{file}:{line}: {problem}", inner)
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>Creates the exception with a bare message (for serialisers and analyzers).</summary>
    public ActorDictionaryException()
        : this("(unknown)", 0, "invalid actor dictionary")
    {
    }

    /// <summary>Creates the exception with a bare message.</summary>
    public ActorDictionaryException(string message)
        : this("(unknown)", 0, message)
    {
    }

    /// <summary>Creates the exception with a bare message and cause.</summary>
    public ActorDictionaryException(string message, Exception inner)
        : this("(unknown)", 0, message, inner)
    {
    }

    /// <summary>The file that has the problem.</summary>
    public string File { get; }

    /// <summary>The 1-based line of the problem, 0 when it is not tied to a line.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
