-- E-mail (package mail). A message to a person is a row of the outbox that exists (so_notification),
-- written in the transaction of the step that occasions it; a worker sends it after commit. Rows
-- for the public (status null) are not mail. status: PENDING (waits for its next attempt), SENDING
-- (claimed by one node until claimed_until), SENT, FAILED (the server refused it for good or the
-- attempts ran out; last_error holds the server's answer), NO_ADDRESS (the person has no e-mail).
alter table so_notification add column recipient_address varchar(320);
alter table so_notification add column mail_text varchar(20000);
alter table so_notification add column mail_html varchar(60000);
alter table so_notification add column link varchar(1000);
alter table so_notification add column status varchar(20);
alter table so_notification add column attempts integer default 0 not null;
alter table so_notification add column next_attempt_at timestamp with time zone;
alter table so_notification add column claimed_by varchar(100);
alter table so_notification add column claimed_until timestamp with time zone;
alter table so_notification add column last_error varchar(2000);
alter table so_notification add column sent_at timestamp with time zone;
create index so_notification_due on so_notification (status, next_attempt_at);
create index so_notification_recipient on so_notification (recipient, created_at);

-- New tasks wait here for their person's digest: at most one mail per person per hour lists them.
create table so_mail_task_notice (
  user_id varchar(64) not null,
  task_id varchar(64) not null,
  municipality varchar(64),
  task_name varchar(4000) not null,
  case_label varchar(4000),
  due_at timestamp with time zone,
  created_at timestamp with time zone not null,
  digest_key varchar(200),
  primary key (user_id, task_id)
);
create index so_mail_task_notice_waiting on so_mail_task_notice (digest_key, user_id);

-- The kinds of message a person switched off (mandatory kinds, the deadlines, cannot be).
create table so_mail_preference (
  user_id varchar(64) not null,
  kind varchar(40) not null,
  primary key (user_id, kind)
);

-- The secret of each person's calendar feed; a new one replaces the old (the old URL stops working).
create table so_calendar_secret (
  user_id varchar(64) not null primary key,
  secret_hash varchar(100) not null,
  created_at timestamp with time zone not null
);
create unique index so_calendar_secret_hash on so_calendar_secret (secret_hash);
