-- The dashboard's and the national overview's sums (package dashboard), one row per municipality and
-- year, so that a page reads a few hundred rows instead of adding up every order, contract, payment,
-- refund and indicator of the country. The year is the order's; money of a contract on its own counts
-- in the year it was signed, and a final report with no contract here in the year it was opened.
-- DashboardSummary keeps the rows up to date from the registers' events, recounting the row an event
-- touches under that row's lock before the writer's transaction commits; this migration counts what
-- the registers already hold (the same sums as DashboardSummary's recount).
create table so_dashboard_summary (
  municipality varchar(64) not null,
  summary_year integer not null,
  orders integer not null,
  planned numeric(19, 2) not null,
  contracted numeric(19, 2) not null,
  paid numeric(19, 2) not null,
  refunded numeric(19, 2) not null,
  -- indicators of submitted final reports: lines, lines that reached their target, and the sums
  indicator_lines integer not null,
  indicator_reached integer not null,
  indicator_target numeric(19, 2) not null,
  indicator_achieved numeric(19, 2) not null,
  primary key (municipality, summary_year)
);

-- How many orders (kind ORDER) and themes (kind THEME) of a municipality's year stand at each stage.
create table so_dashboard_stage (
  municipality varchar(64) not null,
  summary_year integer not null,
  kind varchar(10) not null,
  stage varchar(20) not null,
  stage_count integer not null,
  primary key (municipality, summary_year, kind, stage)
);

-- The recount of one municipality reads its final reports; the overdue tranche reports are found by
-- status and due date; the troubled competitions by status (so_competition_call_status, V2).
create index so_final_report_municipality on so_final_report (municipality);
create index so_tranche_plan_due on so_tranche_plan (status, report_due_date);

insert into so_dashboard_summary (municipality, summary_year, orders, planned, contracted, paid, refunded,
    indicator_lines, indicator_reached, indicator_target, indicator_achieved)
select municipality, y, sum(orders), sum(planned), sum(contracted), sum(paid), sum(refunded), sum(lines),
    sum(reached), sum(target), sum(achieved)
from (
  select o.municipality, o.order_year y, 1 orders, o.budget_envelope planned, 0 contracted, 0 paid, 0 refunded,
      0 lines, 0 reached, 0 target, 0 achieved
  from so_social_order o
  union all
  select c.municipality, coalesce(o.order_year, cast(extract(year from c.signed_on) as integer)), 0, 0, c.amount,
      0, 0, 0, 0, 0, 0
  from so_contract c left join so_theme t on t.theme_key = c.business_key
  left join so_social_order o on o.business_key = t.social_order_key
  union all
  select p.municipality, coalesce(o.order_year, cast(extract(year from c.signed_on) as integer)), 0, 0, 0,
      p.amount, 0, 0, 0, 0, 0
  from so_payment p join so_contract c on c.municipality = p.municipality and c.contract_number = p.contract_number
  left join so_theme t on t.theme_key = c.business_key
  left join so_social_order o on o.business_key = t.social_order_key
  union all
  select f.municipality, coalesce(o.order_year, cast(extract(year from c.signed_on) as integer),
      cast(extract(year from f.started_at) as integer)), 0, 0, 0, 0, r.amount, 0, 0, 0, 0
  from so_refund r join so_final_report f on f.business_key = r.business_key
  left join so_contract c on c.municipality = f.municipality and c.contract_number = f.contract_number
  left join so_theme t on t.theme_key = f.business_key
  left join so_social_order o on o.business_key = t.social_order_key
  union all
  select f.municipality, coalesce(o.order_year, cast(extract(year from c.signed_on) as integer),
      cast(extract(year from f.started_at) as integer)), 0, 0, 0, 0, 0, 1,
      case when i.reached >= i.target then 1 else 0 end, i.target, i.reached
  from so_final_indicator i join so_final_report f on f.business_key = i.business_key
  left join so_contract c on c.municipality = f.municipality and c.contract_number = f.contract_number
  left join so_theme t on t.theme_key = f.business_key
  left join so_social_order o on o.business_key = t.social_order_key
  where i.reached is not null
) x
group by municipality, y;

insert into so_dashboard_stage (municipality, summary_year, kind, stage, stage_count)
select municipality, order_year, 'ORDER', status, count(*) from so_social_order
group by municipality, order_year, status
union all
select o.municipality, o.order_year, 'THEME', t.status, count(*)
from so_theme t join so_social_order o on o.business_key = t.social_order_key
group by o.municipality, o.order_year, t.status;
