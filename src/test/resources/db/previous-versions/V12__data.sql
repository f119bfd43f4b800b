-- V12: a remote posting names where its candidates may live.
insert into posting_remote_area (posting_id, position, code)
select p.id, 0, 'EUROPEAN_UNION' from posting p where p.slug = 'old-posting-{run}';
insert into posting_remote_area (posting_id, position, code)
select p.id, 1, 'CH' from posting p where p.slug = 'old-posting-{run}';
