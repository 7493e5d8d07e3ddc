-- Marsad store, schema v2: full-text search over documents.
--
-- The index holds the *normalized view* of title and text (marsad.clean.normalize:
-- hamza seats, alef maqsura, ta marbuta unified; diacritics and tatweel dropped), so
-- that "الأنبار" finds "الانبار" and "مُحَمَّد" finds "محمد". Queries are normalized the
-- same way. `marsad_norm` is a SQL function every Store connection registers; the
-- triggers keep the index in step with `documents`, whoever writes to it.

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title,
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO documents_fts(rowid, title, text)
    SELECT id, marsad_norm(title), marsad_norm(text) FROM documents;

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text)
        VALUES (new.id, marsad_norm(new.title), marsad_norm(new.text));
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    DELETE FROM documents_fts WHERE rowid = old.id;
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    UPDATE documents_fts
        SET title = marsad_norm(new.title), text = marsad_norm(new.text)
        WHERE rowid = new.id;
END;
