-- V24: an admin's version of a template, a shipped version offered beside it, and a retired template.
insert into job_template (slug, version, title, tagline, role_summary, reports_to, reporting_structure, updated_at,
                          shipped_version, offered, created_by_id, change_note)
select 'old-template-{run}', 3, 'Old Template', 'A tagline', 'An edited summary', 'The CTO', 'Three teams',
       timestamp '2026-11-30 10:00:00', null, false, id, 'Shorter summary'
from user_account where username = 'old-lead-{run}';
insert into job_template (slug, version, title, tagline, role_summary, reports_to, reporting_structure, updated_at,
                          shipped_version, offered)
values ('old-template-{run}', 4, 'Old Template', 'A tagline', 'A shipped summary', 'The CTO', 'Three teams',
        timestamp '2026-11-30 11:00:00', 3, true);
insert into retired_template (slug, retired_at, retired_by_id)
select 'old-template-{run}', timestamp '2026-11-30 12:00:00', id from user_account where username = 'old-lead-{run}';
