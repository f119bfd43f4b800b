-- What a Jobdesk on schema V4 writes beyond V3: a session signed out of.
insert into signed_out_session (user_id, login_at, expires_at)
select id, timestamp '2026-04-01 08:00:00', timestamp '2026-04-01 16:00:00' from user_account where username = 'old-manager-{run}';
