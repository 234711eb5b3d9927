-- One counter per municipality and year: the number in business keys such as KARAKOL-2019-1.
create table so_business_key_counter (
  municipality varchar(64) not null,
  counter_year integer not null,
  last_number integer not null,
  primary key (municipality, counter_year)
);
