-- The careers list's kept cards (V28's careers_card) again, their HTML as UTF-8 bytes. A page of the
-- list reads its cards by primary key, and the database reads each one's whole leaf page, about
-- seven cards: as character strings, every one of them was decoded and hashed on every read, which
-- at 100,000 postings (too many cards for the heap) was half of a list page's time. Bytes are copied.
-- Expand, then contract: replicas still on V32 keep reading and writing careers_card, those on V33
-- this table (a card missing here is rendered again and kept); careers_card is dropped once no
-- replica runs V32.
create table careers_card_utf8 (
    posting_id       bigint         not null,
    posting_version  integer        not null,
    site_version     varchar(64)    not null,
    html             bytea          not null,
    constraint careers_card_utf8_pk primary key (posting_id),
    constraint careers_card_utf8_posting_fk foreign key (posting_id) references posting (id) on delete cascade
);
