package kg.socialorder.ocds;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The published releases (table so_ocds_release), append-only: written in the transaction of the
 * step that publishes them, never updated or deleted. A release id names its stage and subject, so a
 * step run again finds its release and publishes nothing.
 */
@Component
public class ReleaseRegister {

  private static final RowMapper<Stored> STORED = (rs, n) -> new Stored(rs.getString(1), rs.getString(2),
      rs.getTimestamp(3).toInstant(), rs.getString(4));
  private static final String COLUMNS = "select release_id, ocid, release_date, release_json from so_ocds_release";
  private static final String ORDER = " order by release_date, publication_sequence";

  private final JdbcTemplate jdbc;

  public ReleaseRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A release as stored: its JSON is the release exactly as published. */
  public record Stored(String releaseId, String ocid, Instant date, String json) {}

  /**
   * Publishes a release the caller found not yet published ({@link #exists}). Two nodes racing on one
   * release: the second fails on the key, and its retried job finds the first.
   */
  void publish(String releaseId, String ocid, Instant date, List<String> tags, String json) {
    jdbc.update("insert into so_ocds_release (release_id, ocid, release_date, tags, release_json) values (?, ?, ?, ?, ?)",
        releaseId, ocid, Timestamp.from(date), String.join(" ", tags), json);
  }

  public boolean exists(String releaseId) {
    Integer rows = jdbc.queryForObject("select count(*) from so_ocds_release where release_id = ?", Integer.class,
        releaseId);
    return rows != null && rows > 0;
  }

  /** Every release of one contracting process, oldest first. */
  public List<Stored> ofProcess(String ocid) {
    return jdbc.query(COLUMNS + " where ocid = ?" + ORDER, STORED, ocid);
  }

  /** Releases dated at or after {@code since} (null: all), oldest first, one page. */
  public List<Stored> page(Instant since, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = since(since, args);
    args.add(limit);
    args.add(offset);
    return jdbc.query(COLUMNS + where + ORDER + " limit ? offset ?", STORED, args.toArray());
  }

  public int count(Instant since) {
    List<Object> args = new ArrayList<>();
    return jdbc.queryForObject("select count(*) from so_ocds_release" + since(since, args), Integer.class,
        args.toArray());
  }

  /** Processes with a release at or after {@code since} (null: all), the least recently changed first. */
  public List<String> processes(Instant since, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = since(since, args);
    args.add(limit);
    args.add(offset);
    return jdbc.queryForList("select ocid from so_ocds_release" + where
        + " group by ocid order by max(release_date), ocid limit ? offset ?", String.class, args.toArray());
  }

  public int countProcesses(Instant since) {
    List<Object> args = new ArrayList<>();
    return jdbc.queryForObject("select count(distinct ocid) from so_ocds_release" + since(since, args),
        Integer.class, args.toArray());
  }

  /** Processes whose ocid starts with {@code start} (a municipality's code, or the prefix for all), by ocid, one page. */
  public List<String> processesStartingWith(String start, int offset, int limit) {
    return jdbc.queryForList("select distinct ocid from so_ocds_release where ocid like ? order by ocid limit ? offset ?",
        String.class, start + "%", limit, offset);
  }

  /** The date of the newest release of the processes whose ocid starts with {@code start}; null when there is none. */
  public Instant latest(String start) {
    Timestamp latest = jdbc.queryForObject("select max(release_date) from so_ocds_release where ocid like ?",
        Timestamp.class, start + "%");
    return latest == null ? null : latest.toInstant();
  }

  private static String since(Instant since, List<Object> args) {
    if (since == null) {
      return "";
    }
    args.add(Timestamp.from(since));
    return " where release_date >= ?";
  }
}
