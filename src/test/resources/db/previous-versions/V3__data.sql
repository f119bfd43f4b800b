-- What a Jobdesk on schema V3 writes beyond V2: failed sign-ins.
insert into login_throttle (subject, failures, window_started_at, locked_until)
values ('user:old-manager-{run}', 2, timestamp '2026-03-01 08:00:00', null);
