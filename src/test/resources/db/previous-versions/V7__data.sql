-- V7 keeps a template's versions side by side, and words some of its lines per level.
insert into job_template (slug, version, title, tagline, role_summary, reports_to, reporting_structure, updated_at)
values ('old-template-{run}', 2, 'Old Template', 'A tagline', 'A mid-level summary', 'The CTO', 'Three teams', timestamp '2026-11-30 09:00:00');
insert into template_bullet (template_id, position, section, text, variant)
select id, 0, 'MUST_HAVE', '3+ years of Go', 'must_have-0' from job_template where slug = 'old-template-{run}' and version = 2;
insert into template_level (template_id, seniority, experience)
select id, 'SENIOR', '6+ years' from job_template where slug = 'old-template-{run}' and version = 2;
insert into template_level_text (level_id, variant, text)
select l.id, 'must_have-0', '6+ years of Go' from template_level l join job_template t on t.id = l.template_id
where t.slug = 'old-template-{run}' and t.version = 2;
insert into template_kpi (template_id, position, metric, target, target_variant)
select id, 0, 'Reviews a week', '5', 'kpi-0-target' from job_template where slug = 'old-template-{run}' and version = 2;
