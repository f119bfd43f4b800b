-- A careers page kept for a posting is served when the posting is still live at the revision and the
-- change it was rendered from (careers.CareersPage.current). This index holds all four, so that check
-- reads the index alone: through the slug's unique index it read the posting's whole row, texts
-- and all, and on 10,000 postings reading and decoding those rows was most of a page's time.
create index posting_live_page_idx on posting (slug, status, updated_at, live_revision_id);
