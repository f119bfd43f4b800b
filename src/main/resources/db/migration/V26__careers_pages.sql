-- Each live posting's careers page as anonymous visitors get it, rendered once and kept with what it
-- was made from: the live revision, the posting's last change and the site's version (the build, the
-- public address, the company's profile). A page whose ingredients have moved on is rendered again at
-- its next visit. Kept in the database, so replicas share it and it grows with the postings, not with
-- the heap. Additive: replicas on V25 neither read nor write it.
create table careers_page (
    posting_id          bigint       not null,
    revision_id         bigint,
    posting_updated_at  timestamp    not null,
    site_version        varchar(64)  not null,
    etag                varchar(64)  not null,
    html                bytea        not null,
    constraint careers_page_pk primary key (posting_id),
    constraint careers_page_posting_fk foreign key (posting_id) references posting (id) on delete cascade,
    constraint careers_page_revision_fk foreign key (revision_id) references posting_revision (id) on delete cascade
);
create index careers_page_revision_idx on careers_page (revision_id);
