-- V14: a sign-in is remembered on the account.
update user_account set last_signed_in_at = timestamp '2026-03-02 08:30:00' where username = 'old-manager-{run}';
