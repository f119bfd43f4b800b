-- A live posting can be corrected without coming off the careers page. The correction is the
-- posting's working revision: its text (canonical, as revisions are written) and where it is in
-- the workflow are kept beside the live text, which the other columns go on holding until the
-- approved correction is published over them. live_revision_id names the revision the careers
-- page shows. Additive: replicas on V17 never start a correction and see the live text as before.
alter table posting add column correction_status varchar(20);
alter table posting add column correction_content_form integer;
alter table posting add column correction_content varchar(400000);
alter table posting add column correction_team_id bigint;
alter table posting add column live_revision_id bigint;
alter table posting add constraint posting_correction_status_ck
    check (correction_status in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED'));
alter table posting add constraint posting_correction_team_fk foreign key (correction_team_id) references team (id);
alter table posting add constraint posting_live_revision_fk foreign key (live_revision_id) references posting_revision (id);
create index posting_correction_team_idx on posting (correction_team_id);
create index posting_live_revision_idx on posting (live_revision_id);
create index posting_correction_status_idx on posting (correction_status);
