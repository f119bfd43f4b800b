-- Failed sign-ins per account and per client address, shared by every replica.
create table login_throttle (
    subject            varchar(300) not null,
    failures           integer      not null,
    window_started_at  timestamp with time zone not null,
    locked_until       timestamp with time zone,
    constraint login_throttle_pk primary key (subject)
);
