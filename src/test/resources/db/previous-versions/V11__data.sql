-- V11: Jobdesk closes a posting whose closing date has passed (a history entry without an actor),
-- and a scheduled job's lease records which replica ran it last.
insert into audit_event (posting_id, actor_id, action, from_status, to_status, occurred_at, detail)
select p.id, null, 'CLOSED', 'PUBLISHED', 'CLOSED', timestamp '2026-03-01 00:00:05', 'Its closing date has passed.'
from posting p where p.slug = 'old-posting-{run}';
insert into job_lease (name, held_until, holder) values ('job-{run}', timestamp '2026-03-01 00:00:55', 'replica-{run}');
