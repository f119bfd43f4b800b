-- V25: an admin's change to a template, as the audit trail keeps it.
insert into admin_event (actor_id, action, subject, subject_path, occurred_at, detail)
select id, 'TEMPLATE_VERSION_SAVED', 'Old Template', '/templates/old-template-{run}', timestamp '2026-11-30 10:00:00',
       'Version 3: Shorter summary'
from user_account where username = 'old-lead-{run}';
