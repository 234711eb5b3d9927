-- People (package people): the municipalities the administrator adds, renames and closes while the
-- application runs (each is a Camunda tenant; configuration seeds them at first start), and the
-- record of people who left: who they were, where, in which roles, who deactivated them and when.
create table so_municipality (
  id varchar(64) not null primary key,
  name_ky varchar(300) not null,
  name_ru varchar(300) not null,
  created_at timestamp with time zone not null,
  created_by varchar(255) not null,
  renamed_at timestamp with time zone,
  renamed_by varchar(255),
  closed_at timestamp with time zone,
  closed_by varchar(255)
);

create table so_person_left (
  user_id varchar(255) not null primary key,
  first_name varchar(255),
  last_name varchar(255),
  email varchar(320),
  municipality varchar(64),
  roles varchar(1000) not null,
  deactivated_at timestamp with time zone not null,
  deactivated_by varchar(255) not null,
  successor varchar(255),
  tasks_handed_over integer not null
);
create index so_person_left_municipality on so_person_left (municipality, deactivated_at);
