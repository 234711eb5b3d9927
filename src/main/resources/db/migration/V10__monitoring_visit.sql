-- The joint monitoring and evaluation group's visits (owned by tranche): one row per visit of a
-- tranche. A tranche sent back for corrections is visited again, so a tranche may have several
-- visits, numbered from 1. The key makes two nodes recording the same visit fail, never double it.
create table so_monitoring_visit (
  municipality varchar(64) not null,
  contract_number varchar(50) not null,
  tranche_number integer not null,
  visit_number integer not null,
  visit_date date not null,
  -- good, satisfactory or poor
  rating varchar(20) not null,
  expenses_confirmed boolean not null,
  findings varchar(4000) not null,
  -- the members of the group who were there, a JSON list of names
  members_present varchar(4000) not null,
  process_instance_id varchar(64) not null,
  recorded_at timestamp not null,
  primary key (municipality, contract_number, tranche_number, visit_number)
);
