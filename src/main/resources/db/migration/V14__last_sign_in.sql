-- Admins see when each person last signed in.
alter table user_account add column last_signed_in_at timestamp with time zone;
