-- What a Jobdesk on schema V1 writes: every table, with {run} making the names of each run unique.
insert into user_account (username, display_name, email, password_hash, enabled, created_at)
values ('old-manager-{run}', 'Old Manager', 'old-manager@example.com', '$2a$10$0123456789012345678901uM0123456789012345678901234567', true, timestamp '2026-01-05 09:00:00');
insert into user_account (username, display_name, email, password_hash, enabled, created_at)
values ('old-lead-{run}', 'Old Lead', 'old-lead@example.com', '$2a$10$0123456789012345678901uM0123456789012345678901234567', true, timestamp '2026-01-05 09:00:00');
insert into user_role (user_id, role) select id, 'MANAGER' from user_account where username = 'old-manager-{run}';
insert into user_role (user_id, role) select id, 'LEAD' from user_account where username = 'old-lead-{run}';

insert into job_template (slug, version, title, tagline, role_summary, reports_to, reporting_structure, updated_at)
values ('old-template-{run}', 1, 'Old Template', 'A tagline', 'A summary', 'The CTO', 'Three teams', timestamp '2026-01-05 09:00:00');
insert into template_bullet (template_id, position, section, text)
select id, 0, 'RESPONSIBILITY', 'Build services' from job_template where slug = 'old-template-{run}';
insert into template_level (template_id, seniority, experience)
select id, 'MID', '3-5 years' from job_template where slug = 'old-template-{run}';
insert into template_level_bullet (level_id, position, text)
select l.id, 0, 'Own a service' from template_level l join job_template t on t.id = l.template_id where t.slug = 'old-template-{run}';
insert into template_kpi (template_id, position, metric, target)
select id, 0, 'Deploys a week', '10' from job_template where slug = 'old-template-{run}';
insert into template_faq (template_id, position, question, answer)
select id, 0, 'Remote?', 'Yes' from job_template where slug = 'old-template-{run}';

insert into posting (version, owner_id, template_id, template_version, status, reviewer_id, slug, title, team, location,
                     workplace_type, employment_type, seniority, experience, salary_min, salary_max, salary_currency,
                     salary_period, closing_date, how_to_apply, role_summary, reports_to, reporting_structure,
                     created_at, updated_at, submitted_at, published_at, closed_at)
select 3, m.id, t.id, 1, 'PUBLISHED', l.id, 'old-posting-{run}', 'Old Posting', 'Platform', 'Berlin',
       'HYBRID', 'FULL_TIME', 'MID', '3-5 years', 70000, 90000, 'EUR', 'YEAR', date '2026-12-31',
       'https://jobs.example.com', 'A summary', 'The CTO', 'Three teams',
       timestamp '2026-01-05 09:00:00', timestamp '2026-01-06 09:00:00', timestamp '2026-01-05 10:00:00',
       timestamp '2026-01-06 09:00:00', null
from user_account m, user_account l, job_template t
where m.username = 'old-manager-{run}' and l.username = 'old-lead-{run}' and t.slug = 'old-template-{run}';
insert into posting_bullet (posting_id, position, section, text)
select id, 0, 'MUST_HAVE', 'Java' from posting where slug = 'old-posting-{run}';
insert into posting_kpi (posting_id, position, metric, target)
select id, 0, 'Deploys a week', '10' from posting where slug = 'old-posting-{run}';
insert into review_decision (posting_id, reviewer_id, decision, comment, decided_at, posting_version, content)
select p.id, l.id, 'APPROVED', null, timestamp '2026-01-05 11:00:00', 2, '{"title":"Old Posting"}'
from posting p, user_account l where p.slug = 'old-posting-{run}' and l.username = 'old-lead-{run}';
insert into audit_event (posting_id, actor_id, action, from_status, to_status, occurred_at, detail)
select p.id, m.id, 'PUBLISHED', 'APPROVED', 'PUBLISHED', timestamp '2026-01-06 09:00:00', null
from posting p, user_account m where p.slug = 'old-posting-{run}' and m.username = 'old-manager-{run}';
