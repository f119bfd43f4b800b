-- The review queue asks which revision of each posting in review the lead decided on last: by the
-- lead's decisions, which no index reached.
create index review_decision_reviewer_idx on review_decision (reviewer_id, posting_id);
