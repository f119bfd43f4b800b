-- V28: a live posting's card in the careers list, as rendered for the list's pages.
insert into careers_card (posting_id, posting_version, site_version, html)
select p.id, p.version, 'site-{run}', '<li class="card">Old Posting</li>'
from posting p where p.slug = 'old-posting-{run}';
