-- The careers search: each live posting's words, lower case and without accents (posting.SearchWords),
-- found by the start of a word through the primary key's order.
create table posting_search_word (
    posting_id  bigint      not null,
    word        varchar(40) not null,
    constraint posting_search_word_pk primary key (word, posting_id),
    constraint posting_search_word_posting_fk foreign key (posting_id) references posting (id) on delete cascade
);
create index posting_search_word_posting_idx on posting_search_word (posting_id);
