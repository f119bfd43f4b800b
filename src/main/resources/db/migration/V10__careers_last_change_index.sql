-- The careers list says when it last changed (Last-Modified): the newest change among live and
-- closed postings, read from this index's end for each status instead of from every row.
create index posting_status_updated_idx on posting (status, updated_at);
