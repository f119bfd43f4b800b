-- V19: mail in the outbox, a person who turned mail off, and a reminder sent.
insert into outbox_mail (recipient_id, to_address, subject, body, state, attempts, created_at, next_attempt_at)
select id, email, 'Review requested {run}', 'Please review.', 'PENDING', 0, timestamp '2026-12-02 09:00:00',
       timestamp '2026-12-02 09:00:00'
from user_account where username = 'old-lead-{run}';
update user_account set mail_enabled = false where username = 'old-manager-{run}';
insert into review_reminder (posting_id, submitted_at, reminded_at)
select id, submitted_at, timestamp '2026-12-04 09:00:00' from posting where slug = 'old-posting-{run}';
