package kg.socialorder.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes a national database fast: the rows of a few orders driven through the engine are copied
 * n times inside PostgreSQL ({@code insert … select … cross join generate_series}), every row of the
 * order's whole hierarchy of instances (history, runtime, byte arrays, task authorizations) and of our
 * {@code so_} tables. In copy g, every instance-level id keeps its length but ends in g: the engine's
 * time-based UUIDs end in the node's address, the same in every id, whose last six hex digits become
 * 800000 + g (so ids stay unique within a copy and differ between copies). Definition-level ids (process definition, deployment, job
 * definition, activity) stay, the business key and everything that quotes it (themes, OCIDs, releases)
 * take a new key, the tenant becomes one of the 480 municipalities, and history moves back in time so
 * that the copies span ten years.
 */
final class HistoryReplicator {

  static final int MUNICIPALITIES = 480;

  /** Columns that hold definition-level or people's ids: the same in every copy. */
  private static final Set<String> SHARED = Set.of("proc_def_id_", "proc_def_key_", "deployment_id_", "tenant_id_",
      "user_id_", "group_id_", "act_id_", "task_def_key_", "job_def_id_", "decision_def_id_", "dec_def_id_",
      "dec_req_id_", "decision_requirements_id_", "root_dec_req_id_", "case_def_id_", "activity_id_",
      "failed_act_id_", "assigner_id_", "batch_id_", "external_task_id_", "incident_type_", "configuration_",
      "owner_", "assignee_", "name_", "type_", "handler_type_", "handler_cfg_", "client_id_", "worker_id_",
      "decision_def_key_", "dec_def_key_", "case_def_key_", "process_definition_key_", "job_def_type_",
      "job_def_configuration_", "operation_type_", "entity_type_", "property_", "category_", "annotation_");

  private final JdbcTemplate jdbc;

  HistoryReplicator(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Copies the order {@code rootId} (business key {@code businessKey}) {@code copies} times, numbering
   * the copies from {@code firstCopy}; keys are {@code <MUNICIPALITY>-<year>-<g>}.
   */
  long replicate(String rootId, String businessKey, int firstCopy, int copies, boolean spreadOverTenYears) {
    String g = "g";
    String series = " cross join generate_series(" + firstCopy + ", " + (firstCopy + copies - 1) + ") as s(g)";
    String tenant = "('m' || lpad((g % " + MUNICIPALITIES + ")::text, 3, '0'))";
    String newKey = "('M' || lpad((g % " + MUNICIPALITIES + ")::text, 3, '0') || '-' || (2016 + (g % 10))::text"
        + " || '-' || g::text)";
    String ids = "(select id_ from act_hi_procinst where root_proc_inst_id_ = '" + rootId + "')";
    String tasks = "(select id_ from act_hi_taskinst where root_proc_inst_id_ = '" + rootId + "')";
    long rows = 0;
    for (String table : tables()) {
      List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
          + " where table_schema = current_schema() and table_name = ? order by ordinal_position", String.class, table);
      List<String> filters = new ArrayList<>();
      if (columns.contains("root_proc_inst_id_")) {
        filters.add("t.root_proc_inst_id_ = '" + rootId + "'");
      }
      if (columns.contains("proc_inst_id_")) {
        filters.add("t.proc_inst_id_ in " + ids);
      }
      if (columns.contains("task_id_")) {
        filters.add("t.task_id_ in " + tasks);
      }
      if (table.equals("act_ru_authorization")) {
        filters.add("t.resource_id_ in " + ids + " or t.resource_id_ in " + tasks);
      }
      if (table.equals("act_ge_bytearray")) {
        filters.add("t.id_ in (select bytearray_id_ from act_ru_variable where proc_inst_id_ in " + ids + ")");
      }
      if (table.startsWith("so_")) {
        filters.add(soFilter(table, columns, businessKey, ids));
      }
      if (filters.isEmpty()) {
        continue;
      }
      List<String> values = new ArrayList<>();
      for (String column : columns) {
        values.add(value(table, column, businessKey, tenant, newKey, spreadOverTenYears, g));
      }
      String sql = "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
          + " from " + table + " t" + series + " where " + String.join(" or ", filters);
      rows += jdbc.update(sql);
    }
    return rows;
  }

  private static String soFilter(String table, List<String> columns, String businessKey, String ids) {
    if (columns.contains("business_key")) {
      return "t.business_key like '" + businessKey + "%'";
    }
    if (columns.contains("social_order_key")) {
      return "t.social_order_key = '" + businessKey + "'";
    }
    if (columns.contains("ocid")) {
      return "t.ocid like '%-" + businessKey + "-%'";
    }
    if (columns.contains("process_instance_id")) {
      return "t.process_instance_id in " + ids;
    }
    if (columns.contains("contract_number")) {
      // the tranche plan: its contract's
      return "t.contract_number in (select contract_number from so_contract where business_key like '" + businessKey
          + "%')";
    }
    return "false";
  }

  private String value(String table, String column, String businessKey, String tenant, String newKey,
      boolean spread, String g) {
    String type = jdbc.queryForObject("select data_type from information_schema.columns where table_schema ="
        + " current_schema() and table_name = ? and column_name = ?", String.class, table, column);
    String c = "t." + column;
    if (type.startsWith("timestamp")) {
      return spread ? c + " - make_interval(days => (" + g + " % 3650)::int)" : c;
    }
    if (!type.contains("char") && !type.equals("text")) {
      return c;
    }
    if (column.equals("tenant_id_") || column.equals("municipality")) {
      return "case when " + c + " is null then null else " + tenant + " end";
    }
    boolean instanceId = table.startsWith("act_")
        ? (column.endsWith("id_") || column.equals("super_exec_") || column.equals("parent_id_") || column.equals("var_scope_")
            || column.equals("resource_id_") && table.equals("act_ru_authorization")) && !SHARED.contains(column)
        : column.equals("process_instance_id");
    if (column.equals("contract_number")) {
      // unique within a municipality, and each municipality gets about thirty copies
      return c + " || '-' || " + g + "::text";
    }
    if (instanceId) {
      return "case when " + c + " is null or length(" + c + ") < 8 then " + c
          + " else overlay(" + c + " placing to_hex(" + g + " + 8388608) from length(" + c + ") - 5) end";
    }
    return "replace(" + c + ", '" + businessKey + "', " + newKey + ")";
  }

  private List<String> tables() {
    return jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema()"
        + " and table_type = 'BASE TABLE' and (table_name like 'act_hi_%' or table_name like 'act_ru_%'"
        + " or table_name = 'act_ge_bytearray' or table_name in ('so_social_order', 'so_theme', 'so_public_report',"
        + " 'so_ocds_release', 'so_contract', 'so_payment', 'so_tranche_plan', 'so_final_report', 'so_final_indicator',"
        + " 'so_refund', 'so_competition_call')) order by table_name", String.class)
        .stream().map(name -> name.toLowerCase(Locale.ROOT))
        // parents before the rows that refer to them
        .sorted(java.util.Comparator.comparingInt(HistoryReplicator::parentsFirst)).toList();
  }

  private static int parentsFirst(String table) {
    return switch (table) {
      case "act_ge_bytearray" -> 0;
      case "act_ru_execution" -> 1;
      case "act_ru_task" -> 2;
      // the final report's lines after it
      case "so_final_indicator", "so_refund" -> 4;
      default -> 3;
    };
  }
}
