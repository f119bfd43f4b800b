-- V23: the publish policy (one row in a real database; a row per run here, so runs do not collide).
insert into publish_policy (id, version, salary_required, closing_date_required, max_words)
select coalesce(max(id), 0) + 1, 0, 'EVERYWHERE', true, 800 from publish_policy;
insert into publish_policy_salary_place (policy_id, place)
select max(id), 'PT' from publish_policy;
insert into publish_policy_section (policy_id, section)
select max(id), 'NICE_TO_HAVE' from publish_policy;
