-- A remote posting names where its candidates may live: several countries or regions, in order.
create table posting_remote_area (
    posting_id  bigint      not null,
    position    integer     not null,
    code        varchar(32) not null,
    constraint posting_remote_area_pk primary key (posting_id, position),
    constraint posting_remote_area_posting_fk foreign key (posting_id) references posting (id) on delete cascade
);

-- Until now a remote posting's country said where candidates had to live: it becomes its first area.
insert into posting_remote_area (posting_id, position, code)
select id, 0, country from posting where workplace_type = 'REMOTE' and country is not null;
