-- Contracts as registered after both signatures: one per municipality and contract number.
create table so_contract (
  municipality varchar(64) not null,
  contract_number varchar(50) not null,
  process_instance_id varchar(64) not null,
  business_key varchar(100),
  contractor_name varchar(300) not null,
  contractor_user_id varchar(64) not null,
  amount numeric(15, 2) not null,
  start_date date not null,
  end_date date not null,
  signed_on date not null,
  registered_at timestamp not null,
  -- completed or terminated, once the last tranche is decided
  outcome varchar(20),
  closed_at timestamp,
  primary key (municipality, contract_number)
);
create unique index so_contract_process_instance on so_contract (process_instance_id);

-- The payment ledger: what was paid for which tranche. The key is what makes a retried or re-run
-- payment step pay once: a tranche of a contract has at most one entry.
create table so_payment (
  municipality varchar(64) not null,
  contract_number varchar(50) not null,
  tranche_number integer not null,
  amount numeric(15, 2) not null,
  payee varchar(300) not null,
  payment_order_number varchar(50) not null,
  paid_on date not null,
  recorded_at timestamp not null,
  process_instance_id varchar(64) not null,
  primary key (municipality, contract_number, tranche_number)
);

-- Messages to people (there is no mail server): a reminder, a publication. The key makes a
-- retried sending step send once.
create table so_notification (
  notification_key varchar(200) not null primary key,
  municipality varchar(64),
  kind varchar(40) not null,
  recipient varchar(64) not null,
  subject varchar(300) not null,
  body varchar(4000) not null,
  process_instance_id varchar(64),
  created_at timestamp not null
);
