-- V15: the company's page (one row in a real database; a row per run here, so runs do not collide).
insert into company_profile (id, version, name, introduction, time_zone)
select coalesce(max(id), 0) + 1, 0, 'Company {run}', 'We make things.', 'Europe/Lisbon' from company_profile;
insert into company_benefit (profile_id, position, text)
select max(id), 0, 'A benefit of {run}' from company_profile;
