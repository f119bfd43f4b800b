-- The company's page on the careers site, and its settings, as an admin edits them at
-- /admin/settings. One row; the environment's values fill it at the first start.
create table company_profile (
    id            bigint        not null,
    version       integer       not null,
    name          varchar(120)  not null,
    introduction  varchar(2000),
    time_zone     varchar(64)   not null,
    logo          bytea,
    logo_type     varchar(16),
    logo_version  varchar(16),
    constraint company_profile_pk primary key (id)
);

create table company_benefit (
    profile_id  bigint       not null,
    position    integer      not null,
    text        varchar(300) not null,
    constraint company_benefit_pk primary key (profile_id, position),
    constraint company_benefit_profile_fk foreign key (profile_id) references company_profile (id) on delete cascade
);
