-- "My postings" shows a manager's latest 50. Through (owner_id, updated_at) H2 read and sorted every
-- posting the manager ever owned, 10,001 for the benchmark's manager2, on every visit: H2 reads an
-- index in order only when the ORDER BY names its columns exactly, owner included, and with a sort
-- direction that sets it apart from the foreign key's own index. The list asks for
-- owner_id desc, updated_at desc, id desc and reads 51 rows.
create index posting_owner_recent_idx on posting (owner_id desc, updated_at desc, id desc);
drop index posting_owner_idx;
-- What needs the manager's attention ("status is sent back or approved"): by status, then owner, the
-- lookup stays within the manager's few such postings instead of reading all of theirs.
create index posting_status_owner_idx on posting (status, owner_id, updated_at);
