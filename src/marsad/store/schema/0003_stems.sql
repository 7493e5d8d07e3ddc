-- Marsad store, schema v3: the full-text index also holds clitic-free stems.
--
-- `marsad_norm` now returns the normalized view with each Arabic word followed by its
-- stem where the two differ (marsad.store.search.index_text), so a search for
-- "العراق" finds "بالعراق" and "والعراق". The triggers are unchanged; this rebuilds
-- the rows already indexed under v2.

DELETE FROM documents_fts;

INSERT INTO documents_fts(rowid, title, text)
    SELECT id, marsad_norm(title), marsad_norm(text) FROM documents;
