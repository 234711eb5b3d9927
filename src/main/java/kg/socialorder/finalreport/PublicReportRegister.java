package kg.socialorder.finalreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The published public reports: written once by the publishing step, read by the portal. */
@Component
public class PublicReportRegister {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public PublicReportRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Publishes the report unless it was published before; returns whether this call published it. */
  public boolean publishOnce(PublicReport report, Instant at) {
    Integer published = jdbc.queryForObject(
        "select count(*) from so_public_report where business_key = ?", Integer.class, report.businessKey());
    if (published > 0) {
      return false;
    }
    try {
      jdbc.update("insert into so_public_report (business_key, municipality, contract_number, organisation_name, "
              + "contract_outcome, report_json, published_at) values (?, ?, ?, ?, ?, ?, ?)",
          report.businessKey(), report.municipality(), report.contractNumber(), report.organisationName(),
          report.contractOutcome(), json.writeValueAsString(report), Timestamp.from(at));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the public report " + report.businessKey(), e);
    }
    return true;
  }

  public Optional<Published> find(String businessKey) {
    return jdbc.query("select report_json, published_at from so_public_report where business_key = ?",
        (rs, n) -> new Published(read(rs.getString(1)), rs.getTimestamp(2).toInstant()), businessKey)
        .stream().findFirst();
  }

  /** Newest first, one page; {@code municipality} null for all. */
  public List<Published> page(String municipality, int offset, int limit) {
    String where = municipality == null ? "" : " where municipality = ?";
    Object[] args = municipality == null ? new Object[] {limit, offset} : new Object[] {municipality, limit, offset};
    return jdbc.query("select report_json, published_at from so_public_report" + where
            + " order by published_at desc, business_key limit ? offset ?",
        (rs, n) -> new Published(read(rs.getString(1)), rs.getTimestamp(2).toInstant()), args);
  }

  public int count(String municipality) {
    return municipality == null
        ? jdbc.queryForObject("select count(*) from so_public_report", Integer.class)
        : jdbc.queryForObject("select count(*) from so_public_report where municipality = ?", Integer.class,
            municipality);
  }

  private PublicReport read(String text) {
    try {
      return json.readValue(text, PublicReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A published report cannot be read", e);
    }
  }

  /** A report as published, with the moment of publication. */
  public record Published(PublicReport report, Instant publishedAt) {}
}
