-- V22 declared the approvers' foreign keys before their indexes, so H2 made an index of its own for
-- each key (posting_first_approver_fk_index_1, ..._second_...) beside the one V22 then created: two
-- duplicates that every write to posting updated, and that every statement reading posting opened
-- (H2 opens each index of each table a statement names). Declared again, each key takes the index
-- V22 made for it. PostgreSQL creates no index for a foreign key: there this only checks the keys
-- again.
alter table posting drop constraint posting_first_approver_fk;
alter table posting drop constraint posting_second_approver_fk;
alter table posting add constraint posting_first_approver_fk foreign key (first_approver_id) references user_account (id);
alter table posting add constraint posting_second_approver_fk foreign key (second_approver_id) references user_account (id);
