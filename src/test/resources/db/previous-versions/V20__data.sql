-- V20: a reset asked for by an account, one asked for a name that matched none, and a temporary password.
insert into password_reset (account_id, address, token_hash, requested_at, expires_at, used_at)
select id, '203.0.113.7', lower(replace('{run}', '-', '')) || '00112233445566778899aabbccddeeff', timestamp '2026-12-03 09:00:00',
       timestamp '2026-12-03 09:30:00', null
from user_account where username = 'old-lead-{run}';
insert into password_reset (account_id, address, requested_at) values (null, '203.0.113.8', timestamp '2026-12-03 09:01:00');
update user_account set must_change_password = true where username = 'old-lead-{run}';
