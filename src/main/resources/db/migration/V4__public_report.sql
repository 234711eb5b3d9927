-- The public report of each closed contract, published once (the publishing job may be retried).
create table so_public_report (
  business_key varchar(100) not null primary key,
  municipality varchar(64) not null,
  contract_number varchar(100) not null,
  organisation_name varchar(500) not null,
  contract_outcome varchar(20) not null,
  report_json varchar(200000) not null,
  published_at timestamp with time zone not null
);
create index so_public_report_municipality on so_public_report (municipality, published_at);
