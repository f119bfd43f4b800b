-- V13: a live posting keeps the words the careers search finds it by.
insert into posting_search_word (posting_id, word) select p.id, 'backend' from posting p where p.slug = 'old-posting-{run}';
insert into posting_search_word (posting_id, word) select p.id, 'lisbon' from posting p where p.slug = 'old-posting-{run}';
