-- Additive only. A decision keeps the reviewed content as JSON; 100,000 characters held less than a
-- posting the form accepts (about 165,000 characters, twice that once JSON escapes quotes), so
-- deciding on a long posting failed. ReviewDecision.MAX_CONTENT says how the new size is reckoned.
alter table review_decision alter column content set data type varchar(400000);
