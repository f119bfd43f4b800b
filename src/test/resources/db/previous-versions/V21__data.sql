-- V21: a lead's comment on a section, one open and one resolved.
insert into section_comment (posting_id, revision_id, author_id, section, text, created_at, resolved_at, resolved_by_id)
select p.id, r.id, l.id, 'RESPONSIBILITY', 'Name the payment rails {run}.', timestamp '2026-12-05 10:00:00', null, null
from posting p join posting_revision r on r.posting_id = p.id, user_account l
where p.slug = 'old-posting-{run}' and r.number = 1 and l.username = 'old-lead-{run}';
insert into section_comment (posting_id, revision_id, author_id, section, text, created_at, resolved_at, resolved_by_id)
select p.id, null, l.id, 'summary', 'Shorter {run}.', timestamp '2026-12-05 10:01:00', timestamp '2026-12-06 09:00:00', p.owner_id
from posting p, user_account l
where p.slug = 'old-posting-{run}' and l.username = 'old-lead-{run}';
