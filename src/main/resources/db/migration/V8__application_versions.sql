-- An application is changed only by whoever holds its receipt: the registration number and a secret
-- shown once on it. Only the secret's SHA-256 is kept (hex); applications registered before this
-- version have none, and only the coordinator can register a new version of them, from paper.
alter table so_competition_application add column secret_hash varchar(64);

-- Every version of every application, as submitted: the application's row holds the last one (the one
-- the commission scores, since no version is taken after the deadline), these rows keep them all.
create table so_competition_application_version (
  application_id bigint not null references so_competition_application (id),
  version integer not null,
  submitted_at timestamp not null,
  channel varchar(10) not null,
  registered_by varchar(64),
  -- the form's fields that differ from the version before, comma-separated ("" for the first)
  changed_fields varchar(1000) not null,
  organisation_name varchar(300) not null,
  legal_form varchar(40) not null,
  tax_number varchar(20) not null,
  registration_date date not null,
  contact_person varchar(200) not null,
  phone varchar(40) not null,
  email varchar(200) not null,
  project_title varchar(300) not null,
  summary varchar(4000) not null,
  work_plan varchar(4000) not null,
  requested_amount numeric(15, 2) not null,
  own_contribution numeric(15, 2) not null,
  budget_lines varchar(8000) not null,
  declared_documents varchar(1000) not null,
  primary key (application_id, version)
);

-- What was kept before: the application as it stands is its last version; earlier ones were overwritten.
insert into so_competition_application_version (application_id, version, submitted_at, channel, registered_by,
    changed_fields, organisation_name, legal_form, tax_number, registration_date, contact_person, phone, email,
    project_title, summary, work_plan, requested_amount, own_contribution, budget_lines, declared_documents)
  select id, submissions, submitted_at, channel, registered_by, '', organisation_name, legal_form, tax_number,
    registration_date, contact_person, phone, email, project_title, summary, work_plan, requested_amount,
    own_contribution, budget_lines, declared_documents
  from so_competition_application;
