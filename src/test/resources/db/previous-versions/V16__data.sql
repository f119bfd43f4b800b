-- V16: teams are a list; a posting names its team by id and keeps the team's name beside it.
insert into team (name, name_key) values ('Team {run}', 'team {run}');
update posting set team_id = (select id from team where name_key = 'team {run}'), team = 'Team {run}'
where slug = 'old-posting-{run}';
