-- Each live posting's card in the careers list as rendered, kept with what it was made from: the
-- posting's version and the site's (see V26's careers_page). Kept in the database rather than the
-- heap: crawlers read every page of the list in turn, a memory bound would churn under them, and the
-- cards it let go filled the old generation. A card longer than the column is rendered every time.
-- Additive: replicas on V27 neither read nor write it.
create table careers_card (
    posting_id       bigint         not null,
    posting_version  integer        not null,
    site_version     varchar(64)    not null,
    html             varchar(4000)  not null,
    constraint careers_card_pk primary key (posting_id),
    constraint careers_card_posting_fk foreign key (posting_id) references posting (id) on delete cascade
);
