-- V33: a live posting's card in the careers list, as rendered for the list's pages, in UTF-8.
insert into careers_card_utf8 (posting_id, posting_version, site_version, html)
select p.id, p.version, 'site-{run}', cast('<li class="card">Old Posting</li>' as bytea)
from posting p where p.slug = 'old-posting-{run}';
