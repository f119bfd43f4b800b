-- Admins edit templates. Every version says who made it and why (none for a version shipped with
-- Jobdesk, which names the seed version it came from). A shipped version that arrives after an admin's
-- edit is offered, not taken: it waits beside theirs until an admin adopts it, and no one clones it.
alter table job_template add column shipped_version integer;
alter table job_template add column offered boolean default false not null;
alter table job_template add column created_by_id bigint;
alter table job_template add column change_note varchar(500);
alter table job_template add constraint job_template_created_by_fk foreign key (created_by_id) references user_account (id);
create index job_template_created_by_ix on job_template (created_by_id);
update job_template set shipped_version = version;

-- A retired template takes no new clones; its versions stay, since postings were cloned from them.
create table retired_template (
    slug           varchar(80)              not null,
    retired_at     timestamp with time zone not null,
    retired_by_id  bigint                   not null,
    constraint retired_template_pk primary key (slug),
    constraint retired_template_retired_by_fk foreign key (retired_by_id) references user_account (id)
);
create index retired_template_retired_by_ix on retired_template (retired_by_id);
