-- Additive only, so that replicas still on V1 keep running during a rolling update.
-- Sessions that began before this time are ended: set when an admin ends a user's sessions or disables them.
alter table user_account add column sessions_valid_after timestamp with time zone;
