namespace Sitrep.Storage.Sqlite;

/// <summary>
/// The schema, as an ordered list of migrations. The database's <c>PRAGMA user_version</c> records how many have
/// been applied; opening a database applies the rest in one transaction. Never edit a shipped migration: add one.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        // 1: documents, extracted articles with paragraph offsets, comments, boilerplate, full-text index.
        """
        CREATE TABLE documents (
            id               INTEGER PRIMARY KEY,
            content_hash     TEXT    NOT NULL UNIQUE,
            origin           TEXT    NOT NULL,
            kind             TEXT    NOT NULL CHECK (kind IN ('text', 'html', 'pending')),
            url              TEXT,
            declared_charset TEXT,
            hint_title       TEXT,
            hint_published   TEXT,
            hint_author      TEXT,
            hint_outlet      TEXT,
            raw              BLOB    NOT NULL,
            raw_bytes        INTEGER NOT NULL,
            ingested_at      TEXT    NOT NULL
        );
        CREATE INDEX documents_url ON documents (url);

        CREATE TABLE articles (
            document_id        INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
            title              TEXT,
            published          TEXT,
            published_time     TEXT,
            published_offset   TEXT,
            published_evidence TEXT,
            outlet             TEXT,
            author             TEXT,
            url                TEXT,
            language           TEXT,
            encoding           TEXT,
            body               TEXT    NOT NULL,
            extracted_at       TEXT    NOT NULL
        );
        CREATE INDEX articles_published ON articles (published);
        CREATE INDEX articles_outlet ON articles (outlet);

        CREATE TABLE paragraphs (
            document_id   INTEGER NOT NULL REFERENCES articles (document_id) ON DELETE CASCADE,
            idx           INTEGER NOT NULL,
            kind          TEXT    NOT NULL,
            start         INTEGER NOT NULL,
            length        INTEGER NOT NULL,
            source_start  INTEGER,
            source_length INTEGER,
            PRIMARY KEY (document_id, idx)
        ) WITHOUT ROWID;

        CREATE TABLE comments (
            document_id INTEGER NOT NULL REFERENCES articles (document_id) ON DELETE CASCADE,
            idx         INTEGER NOT NULL,
            author      TEXT,
            text        TEXT    NOT NULL,
            posted      TEXT,
            PRIMARY KEY (document_id, idx)
        ) WITHOUT ROWID;

        CREATE TABLE boilerplate (
            document_id INTEGER NOT NULL REFERENCES articles (document_id) ON DELETE CASCADE,
            idx         INTEGER NOT NULL,
            reason      TEXT    NOT NULL,
            text        TEXT    NOT NULL,
            PRIMARY KEY (document_id, idx)
        ) WITHOUT ROWID;

        CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');
        """,

        // 2: the language layer's annotations: one run per article, its sentences, and every mention with its span
        // in the article body. `key` holds what a mention is looked up by (ISO date value, actor name, GeoNames id,
        // counted noun); `data` holds the whole record as JSON.
        """
        CREATE TABLE annotation_runs (
            document_id  INTEGER PRIMARY KEY REFERENCES articles (document_id) ON DELETE CASCADE,
            version      TEXT    NOT NULL,
            anchor       TEXT,
            inferred     INTEGER NOT NULL DEFAULT 0,
            annotated_at TEXT    NOT NULL
        );

        CREATE TABLE sentences (
            document_id INTEGER NOT NULL REFERENCES annotation_runs (document_id) ON DELETE CASCADE,
            idx         INTEGER NOT NULL,
            start       INTEGER NOT NULL,
            length      INTEGER NOT NULL,
            paragraph   INTEGER NOT NULL,
            PRIMARY KEY (document_id, idx)
        ) WITHOUT ROWID;

        CREATE TABLE mentions (
            document_id INTEGER NOT NULL REFERENCES annotation_runs (document_id) ON DELETE CASCADE,
            kind        TEXT    NOT NULL CHECK (kind IN ('date', 'quantity', 'actor', 'place')),
            idx         INTEGER NOT NULL,
            start       INTEGER NOT NULL,
            length      INTEGER NOT NULL,
            text        TEXT    NOT NULL,
            key         TEXT,
            data        TEXT    NOT NULL,
            PRIMARY KEY (document_id, kind, idx)
        ) WITHOUT ROWID;
        CREATE INDEX mentions_key ON mentions (kind, key);
        """,

        // 3: coding: one run per article and its attributed claims, every part with its span in the body.
        """
        CREATE TABLE coding_runs (
            document_id INTEGER PRIMARY KEY REFERENCES articles (document_id) ON DELETE CASCADE,
            version     TEXT    NOT NULL,
            coded_at    TEXT    NOT NULL
        );

        CREATE TABLE claims (
            document_id    INTEGER NOT NULL REFERENCES coding_runs (document_id) ON DELETE CASCADE,
            idx            INTEGER NOT NULL,
            source_start   INTEGER,
            source_length  INTEGER,
            source_text    TEXT,
            source_kind    TEXT    NOT NULL,
            source_actor   TEXT,
            cue_start      INTEGER NOT NULL,
            cue_length     INTEGER NOT NULL,
            cue_text       TEXT    NOT NULL,
            content_start  INTEGER NOT NULL,
            content_length INTEGER NOT NULL,
            content_text   TEXT    NOT NULL,
            direct         INTEGER NOT NULL,
            hedged         INTEGER NOT NULL,
            PRIMARY KEY (document_id, idx)
        ) WITHOUT ROWID;
        CREATE INDEX claims_source ON claims (source_actor, source_text);
        """,

        // 4: coded events, one row per event with ACLED's fields; the evidence spans are kept as JSON.
        """
        CREATE TABLE events (
            document_id      INTEGER NOT NULL REFERENCES coding_runs (document_id) ON DELETE CASCADE,
            idx              INTEGER NOT NULL,
            event_date       TEXT,
            time_precision   INTEGER,
            disorder_type    TEXT    NOT NULL,
            event_type       TEXT    NOT NULL,
            sub_event_type   TEXT    NOT NULL,
            actor1           TEXT,
            assoc_actor_1    TEXT,
            inter1           INTEGER NOT NULL,
            actor2           TEXT,
            assoc_actor_2    TEXT,
            inter2           INTEGER NOT NULL,
            interaction      INTEGER NOT NULL,
            civilian_targeting INTEGER NOT NULL,
            country          TEXT,
            admin1           TEXT,
            location         TEXT,
            latitude         REAL,
            longitude        REAL,
            geo_precision    INTEGER,
            geonameid        INTEGER,
            fatalities       INTEGER NOT NULL,
            reported_by      TEXT,
            hedged           INTEGER NOT NULL,
            notes            TEXT    NOT NULL,
            trigger_start    INTEGER NOT NULL,
            trigger_length   INTEGER NOT NULL,
            sentence_start   INTEGER NOT NULL,
            sentence_length  INTEGER NOT NULL,
            evidence         TEXT    NOT NULL,
            PRIMARY KEY (document_id, idx)
        ) WITHOUT ROWID;
        CREATE INDEX events_date ON events (event_date);
        CREATE INDEX events_country ON events (country, admin1);
        """,

        // 5: cross-source linking. Each linked article keeps its MinHash signature and LSH buckets (to find later
        // copies without rescanning), its near-duplicate group and story; each coded event is a report of one linked
        // event, whose fields are chosen from its reports. Events gain the feature and country codes linking compares.
        """
        ALTER TABLE events ADD COLUMN feature_code TEXT;
        ALTER TABLE events ADD COLUMN country_code TEXT;
        CREATE TABLE article_links (
            document_id      INTEGER PRIMARY KEY REFERENCES articles (document_id) ON DELETE CASCADE,
            duplicate_group  INTEGER NOT NULL,
            duplicate_of     INTEGER,
            similarity       REAL,
            shingles         INTEGER NOT NULL,
            signature        BLOB    NOT NULL,
            story_id         INTEGER,
            version          TEXT    NOT NULL,
            linked_at        TEXT    NOT NULL
        );
        CREATE INDEX article_links_group ON article_links (duplicate_group);
        CREATE INDEX article_links_story ON article_links (story_id);
        CREATE TABLE lsh_buckets (
            band        INTEGER NOT NULL,
            key         INTEGER NOT NULL,
            document_id INTEGER NOT NULL REFERENCES article_links (document_id) ON DELETE CASCADE,
            PRIMARY KEY (band, key, document_id)
        ) WITHOUT ROWID;
        CREATE INDEX lsh_buckets_document ON lsh_buckets (document_id);
        CREATE TABLE linked_events (
            id               INTEGER PRIMARY KEY,
            family           TEXT    NOT NULL,
            event_type       TEXT    NOT NULL,
            sub_event_type   TEXT    NOT NULL,
            event_date       TEXT,
            time_precision   INTEGER,
            actor1           TEXT,
            actor2           TEXT,
            country          TEXT,
            country_code     TEXT,
            admin1           TEXT,
            location         TEXT,
            latitude         REAL,
            longitude        REAL,
            feature_code     TEXT,
            geonameid        INTEGER,
            geo_precision    INTEGER,
            fatalities       INTEGER NOT NULL,
            reports          INTEGER NOT NULL,
            corroboration    INTEGER NOT NULL
        );
        CREATE INDEX linked_events_family_date ON linked_events (family, country_code, event_date);
        CREATE INDEX linked_events_date ON linked_events (event_date);
        CREATE TABLE event_reports (
            document_id     INTEGER NOT NULL,
            event_idx       INTEGER NOT NULL,
            linked_event_id INTEGER NOT NULL REFERENCES linked_events (id) ON DELETE CASCADE,
            PRIMARY KEY (document_id, event_idx),
            FOREIGN KEY (document_id, event_idx) REFERENCES events (document_id, idx) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX event_reports_linked ON event_reports (linked_event_id);
        """,

        // 6: propositions read from each article's claims (and its unattributed statements), kept as JSON records and
        // grouped by key, so that the claims of every source about one proposition can be compared.
        """
        CREATE TABLE propositions (
            document_id INTEGER NOT NULL REFERENCES articles (document_id) ON DELETE CASCADE,
            idx         INTEGER NOT NULL,
            key         TEXT    NOT NULL,
            claim_idx   INTEGER NOT NULL,
            record      TEXT    NOT NULL,
            PRIMARY KEY (document_id, idx)
        ) WITHOUT ROWID;
        CREATE INDEX propositions_key ON propositions (key, document_id);
        """,

        // 7: stories. Each story keeps the clusterer's profile (centroid, actors, places, date span) as JSON, and the
        // document frequencies its TF-IDF weights come from are counted as articles arrive, so a new article joins a
        // story without the corpus being re-read.
        """
        CREATE TABLE stories (
            id       INTEGER PRIMARY KEY,
            first    TEXT,
            last     TEXT,
            members  INTEGER NOT NULL,
            profile  TEXT    NOT NULL
        );
        CREATE INDEX stories_last ON stories (last);
        CREATE TABLE story_terms (
            term TEXT PRIMARY KEY,
            documents INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE story_counts (
            name  TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) WITHOUT ROWID;
        """,

        // 8: API tokens for `sitrep serve`. Only the SHA-256 of each token is kept, so a copied database file does
        // not hand out write access; the prefix lets a person tell their tokens apart without the secret.
        """
        CREATE TABLE api_tokens (
            id          INTEGER PRIMARY KEY,
            hash        TEXT    NOT NULL UNIQUE,
            prefix      TEXT    NOT NULL,
            scope       TEXT    NOT NULL CHECK (scope IN ('read', 'write')),
            name        TEXT,
            created_at  TEXT    NOT NULL,
            revoked_at  TEXT
        );
        """,
    ];
}
