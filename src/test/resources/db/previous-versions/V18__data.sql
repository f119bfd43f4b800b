-- V18: a live posting being corrected keeps the correction's text and status beside the live text.
update posting set correction_status = 'DRAFT', correction_content_form = 1,
    correction_content = '{"form":1,"title":"Old Posting, corrected"}',
    correction_team_id = team_id,
    live_revision_id = (select r.id from posting_revision r where r.posting_id = posting.id and r.number = 1)
where slug = 'old-posting-{run}';
