-- People (package people): invitations and staff imports.
-- An invitation's link carries a random token; only its SHA-256 is kept here. A link works once
-- (used_at is set by the one update that wins) and until expires_at; a newer invitation of the
-- same person replaces an unused older one.
create table so_invitation (
  token_hash varchar(64) not null primary key,
  user_id varchar(64) not null,
  municipality varchar(64),
  -- who invited: a login, or the occasion (results of a call, a form) when no person did
  invited_by varchar(200) not null,
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone not null,
  used_at timestamp with time zone
);
create index so_invitation_user on so_invitation (user_id);

-- A staff import: the rows of an uploaded file as written (cells cut at 500 characters), kept
-- between the preview and its confirmation, which checks them again; then the record of who
-- imported what and when.
create table so_staff_import (
  id varchar(36) not null primary key,
  imported_by varchar(64) not null,
  file_name varchar(300) not null,
  created_at timestamp with time zone not null,
  confirmed_at timestamp with time zone
);

create table so_staff_import_row (
  import_id varchar(36) not null,
  line_number integer not null,
  person_name varchar(500),
  email varchar(500),
  phone varchar(500),
  municipality varchar(500),
  role varchar(500),
  -- set at the confirmation: NEW, UPDATED, UNCHANGED or REFUSED, the login, and what changed or why refused
  outcome varchar(20),
  login varchar(64),
  detail varchar(2000),
  primary key (import_id, line_number)
);
