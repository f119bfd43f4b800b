-- The company's publish policy, as an admin sets it at /admin/settings: checked when a posting is
-- submitted and again when it is published. One row in a real database (id 1), like company_profile.
-- By default a salary range is required of postings in the places whose laws ask for pay in job ads:
-- the EU's 27 countries under the Pay Transparency Directive (from June 2026), and remote roles open
-- to the EU, the EEA or Europe. A place is a country code or a remote region's code.
create table publish_policy (
    id                     bigint       not null,
    version                integer      not null,
    salary_required        varchar(10)  not null,
    closing_date_required  boolean      not null,
    max_words              integer,
    constraint publish_policy_pk primary key (id),
    constraint publish_policy_salary_ck check (salary_required in ('NOWHERE', 'COUNTRIES', 'EVERYWHERE')),
    constraint publish_policy_words_ck check (max_words is null or max_words > 0)
);

create table publish_policy_salary_place (
    policy_id  bigint       not null,
    place      varchar(32)  not null,
    constraint publish_policy_salary_place_pk primary key (policy_id, place),
    constraint publish_policy_salary_place_policy_fk foreign key (policy_id) references publish_policy (id) on delete cascade
);

create table publish_policy_section (
    policy_id  bigint       not null,
    section    varchar(20)  not null,
    constraint publish_policy_section_pk primary key (policy_id, section),
    constraint publish_policy_section_policy_fk foreign key (policy_id) references publish_policy (id) on delete cascade
);

insert into publish_policy (id, version, salary_required, closing_date_required, max_words)
values (1, 0, 'COUNTRIES', false, null);
insert into publish_policy_salary_place (policy_id, place) values
    (1, 'AT'), (1, 'BE'), (1, 'BG'), (1, 'HR'), (1, 'CY'), (1, 'CZ'), (1, 'DK'), (1, 'EE'), (1, 'FI'),
    (1, 'FR'), (1, 'DE'), (1, 'GR'), (1, 'HU'), (1, 'IE'), (1, 'IT'), (1, 'LV'), (1, 'LT'), (1, 'LU'),
    (1, 'MT'), (1, 'NL'), (1, 'PL'), (1, 'PT'), (1, 'RO'), (1, 'SK'), (1, 'SI'), (1, 'ES'), (1, 'SE'),
    (1, 'EUROPEAN_UNION'), (1, 'EEA'), (1, 'EUROPE');
