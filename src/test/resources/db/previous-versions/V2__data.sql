-- What a Jobdesk on schema V2 writes beyond V1: an admin ended a user's sessions.
update user_account set sessions_valid_after = timestamp '2026-02-01 08:00:00' where username = 'old-lead-{run}';
