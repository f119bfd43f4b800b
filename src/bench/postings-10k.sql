-- 10,000 published postings for the careers benchmark (H2 syntax; run while the app is stopped).
-- Their teams come from the admin's list, 25 of them, as a real company's would. Every statement
-- after the first insert works on the postings it made, those without a live revision yet, so the
-- script can run again over another range of numbers (src/bench/benchmark.sh loads 100,000 ten
-- thousand at a time: in one go H2 took over 15 minutes and 6 GB).
insert into team (name, name_key)
select 'Team ' || x, 'team ' || x from system_range(0, 24)
where not exists (select 1 from team where name_key = 'team ' || x);

insert into posting (version, owner_id, template_id, template_version, status, slug, title, team, team_id, location,
                     country, workplace_type, employment_type, seniority, experience, role_summary, reports_to,
                     reporting_structure, how_to_apply, salary_min, salary_max, salary_currency, salary_period,
                     created_at, updated_at, published_at)
select 0, u.id, t.id, t.version, 'PUBLISHED', 'bench-backend-developer-' || x, 'Backend Developer ' || x,
       'Team ' || mod(x, 25), (select id from team where name_key = 'team ' || mod(x, 25)), 'Berlin', 'DE',
       'HYBRID', 'FULL_TIME', 'MID', '3-5 years', t.role_summary,
       t.reports_to, t.reporting_structure, 'https://jobs.example.com/' || x, 70000, 90000, 'EUR', 'YEAR',
       current_timestamp, current_timestamp, dateadd('SECOND', x, timestamp with time zone '2026-01-01 00:00:00+00')
from system_range(1, 10000), user_account u, job_template t
where u.username = 'manager2' and t.slug = 'backend-developer'
  and t.version = (select max(v.version) from job_template v where v.slug = t.slug and not v.offered);

-- Every section of the template on each posting, so detail pages are as heavy as real ones.
insert into posting_bullet (posting_id, position, section, text)
select p.id, b.position, b.section, b.text
from posting p, template_bullet b
where p.slug like 'bench-%' and p.live_revision_id is null and b.template_id = p.template_id;

-- Positions are list indexes, so the level's lines follow the template's without a gap.
insert into posting_bullet (posting_id, position, section, text)
select p.id, (select count(*) from template_bullet tb where tb.template_id = l.template_id) + lb.position,
       'LEVEL', lb.text
from posting p, template_level l, template_level_bullet lb
where p.slug like 'bench-%' and p.live_revision_id is null and l.template_id = p.template_id and lb.level_id = l.id and l.seniority = 'MID';

insert into posting_kpi (posting_id, position, metric, target)
select p.id, k.position, k.metric, k.target
from posting p, template_kpi k
where p.slug like 'bench-%' and p.live_revision_id is null and k.template_id = p.template_id;

-- What publishing writes for the careers search: the words of each posting's title, team and place.
insert into posting_search_word (posting_id, word)
select p.id, w.word from posting p,
     (select 'backend' word union all select 'developer' union all select 'team' union all select 'berlin'
      union all select 'germany' union all select 'hybrid') w
where p.slug like 'bench-%' and p.live_revision_id is null;
insert into posting_search_word (posting_id, word)
select p.id, substring(p.slug, length('bench-backend-developer-') + 1) from posting p where p.slug like 'bench-%' and p.live_revision_id is null;

-- What publishing records since revisions: the approved revision each posting went live with, which the
-- careers page reads its text from (form 1 of CanonicalContent; the benchmark never publishes these again,
-- so the hash is a placeholder).
create local temporary table bench_bullets as
select s.posting_id, cast(json_objectagg(s.section: s.lines format json) as varchar) bullets
from (select b.posting_id, b.section, cast(json_arrayagg(b.text order by b.position) as varchar) lines
      from posting_bullet b join posting p on p.id = b.posting_id where p.slug like 'bench-%' and p.live_revision_id is null
      group by b.posting_id, b.section) s
group by s.posting_id;
create local temporary table bench_kpis as
select k.posting_id, cast(json_arrayagg(json_object('metric': k.metric, 'target': k.target) format json order by k.position) as varchar) kpis
from posting_kpi k join posting p on p.id = k.posting_id where p.slug like 'bench-%' and p.live_revision_id is null
group by k.posting_id;
insert into posting_revision (posting_id, number, content_form, content, content_hash, author_id, created_at)
select p.id, 1, 1, json_object(
    'bullets': b.bullets format json,
    'closingDate': null, 'country': p.country, 'employmentType': p.employment_type,
    'experience': p.experience, 'faqs': json_array(), 'form': 1, 'howToApply': p.how_to_apply,
    'kpis': k.kpis format json,
    'location': p.location, 'region': p.region, 'remoteAreas': json_array(), 'reportingStructure': p.reporting_structure,
    'reportsTo': p.reports_to, 'roleSummary': p.role_summary,
    'salary': json_object('currency': p.salary_currency, 'max': p.salary_max, 'min': p.salary_min, 'period': p.salary_period),
    'seniority': p.seniority, 'showFaq': false, 'team': p.team, 'title': p.title, 'workplaceType': p.workplace_type
    null on null), repeat('0', 64), p.owner_id, p.published_at
from posting p join bench_bullets b on b.posting_id = p.id join bench_kpis k on k.posting_id = p.id
where p.slug like 'bench-%' and p.live_revision_id is null;
update posting p set live_revision_id = (select r.id from posting_revision r where r.posting_id = p.id and r.number = 1)
where p.slug like 'bench-%' and p.live_revision_id is null;
