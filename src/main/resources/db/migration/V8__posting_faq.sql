-- Additive. A posting keeps the questions candidates ask (copied from its template, then its own),
-- and whether the careers page shows them; postings made before show none, as before.
create table posting_faq (
    posting_id  bigint        not null,
    position    integer       not null,
    question    varchar(300)  not null,
    answer      varchar(2000) not null,
    constraint posting_faq_pk primary key (posting_id, position),
    constraint posting_faq_posting_fk foreign key (posting_id) references posting (id) on delete cascade
);
alter table posting add column show_faq boolean default false not null;
