-- V22: a second approval for a team and a template, a posting approved once of two, a delegation, and
-- a decision a delegate made.
insert into second_approval (template_slug, team_id, approver_id)
select null, t.id, l.id from team t, user_account l where t.name = 'Team {run}' and l.username = 'old-lead-{run}';
insert into second_approval (template_slug, team_id, approver_id)
select 'old-template-{run}', null, l.id from user_account l where l.username = 'old-lead-{run}';
update posting set second_approver_id = (select id from user_account where username = 'old-lead-{run}'),
    first_approver_id = owner_id
where slug = 'old-posting-{run}';
insert into review_delegation (lead_id, delegate_id, starts_on, ends_on)
select l.id, o.id, date '2026-12-01', date '2026-12-05'
from user_account l, posting p join user_account o on o.id = p.owner_id
where l.username = 'old-lead-{run}' and p.slug = 'old-posting-{run}';
update review_decision set on_behalf_of_id = (select id from user_account where username = 'old-lead-{run}')
where posting_id = (select id from posting where slug = 'old-posting-{run}');
