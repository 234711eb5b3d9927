-- Every social order and each of its themes, with where they stand: what the portal's registry lists
-- and filters (municipality, year, status) without reading the engine's history.
create table so_social_order (
  business_key varchar(100) not null primary key,
  municipality varchar(64) not null,
  order_year integer not null,
  programme_name varchar(500) not null,
  budget_envelope numeric(15, 2) not null,
  status varchar(20) not null,
  started_at timestamp with time zone not null,
  updated_at timestamp with time zone not null
);
create index so_social_order_filter on so_social_order (municipality, order_year, status);
create index so_social_order_recent on so_social_order (started_at);

create table so_theme (
  social_order_key varchar(100) not null,
  theme_number integer not null,
  theme_key varchar(120) not null,
  problem varchar(500) not null,
  target_group varchar(500),
  budget numeric(15, 2) not null,
  status varchar(20) not null,
  reason varchar(4000),
  updated_at timestamp with time zone not null,
  primary key (social_order_key, theme_number)
);
create unique index so_theme_key on so_theme (theme_key);
