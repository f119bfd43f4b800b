-- V26: the careers page of a live posting, as rendered for anonymous visitors.
insert into careers_page (posting_id, revision_id, posting_updated_at, site_version, etag, html)
select p.id, p.approved_revision_id, p.updated_at, 'site-{run}', '"etag-{run}"', cast('<html>' as bytea)
from posting p where p.slug = 'old-posting-{run}';
