-- A posting closes by itself once its closing date has passed: Jobdesk takes that step, not a
-- person, so a history entry may have no actor.
alter table audit_event alter column actor_id drop not null;

-- The job that closes them looks for live postings by closing date.
create index posting_status_closing_idx on posting (status, closing_date);

-- Jobs that must run on one replica at a time: the replica that moves a job's lease forward runs it.
create table job_lease (
    name        varchar(64)  not null,
    held_until  timestamp with time zone not null,
    holder      varchar(128) not null,
    constraint job_lease_pk primary key (name)
);
