-- Additive only. The careers page lists the teams that have published postings, and filters by team.
create index posting_status_team_idx on posting (status, team);
