-- V8 keeps a posting's questions for candidates, and whether the careers page shows them.
insert into posting_faq (posting_id, position, question, answer)
select id, 0, 'Can I work remotely?', 'Yes, from anywhere in Europe.' from posting where slug = 'old-posting-{run}';
update posting set show_faq = true where slug = 'old-posting-{run}';
