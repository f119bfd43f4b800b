-- Additive for what V6 wrote. A template's versions are kept side by side (postings point to the one
-- they were cloned from), so a slug is unique only with its version; the index also finds the newest.
alter table job_template drop constraint job_template_slug_uk;
alter table job_template add constraint job_template_slug_version_uk unique (slug, version);

-- Lines, summaries and KPI targets that read differently at each level: the template's line names a
-- variant, and each level holds its wording of it.
alter table template_bullet add column variant varchar(40);
alter table template_kpi add column target_variant varchar(40);
create table template_level_text (
    level_id  bigint        not null,
    variant   varchar(40)   not null,
    text      varchar(4000) not null,
    constraint template_level_text_pk primary key (level_id, variant),
    constraint template_level_text_level_fk foreign key (level_id) references template_level (id) on delete cascade
);
