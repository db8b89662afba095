namespace Sitrep.Storage.Sqlite;

/// <summary>The database cannot be used; the message names the file and the problem in one line.</summary>
public sealed class StorageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public StorageException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public StorageException() { }
}
