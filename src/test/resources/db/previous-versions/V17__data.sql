-- V17: a submission freezes a revision; the decision and the approved posting name it.
insert into posting_revision (posting_id, number, content_form, content, content_hash, author_id, created_at)
select p.id, 1, 1, '{"form":1,"title":"Old Posting"}', '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
       p.owner_id, timestamp '2026-12-01 09:00:00'
from posting p where p.slug = 'old-posting-{run}';
update review_decision set revision_id = (
    select r.id from posting_revision r join posting p on p.id = r.posting_id where p.slug = 'old-posting-{run}'),
    content_hash = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'
where posting_id = (select id from posting where slug = 'old-posting-{run}');
update posting set approved_revision_id = (
    select r.id from posting_revision r where r.posting_id = posting.id and r.number = 1)
where slug = 'old-posting-{run}';
