package kg.socialorder.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The rows of {@code so_document}: every version of every paper, none ever changed or removed. */
@Component
public class DocumentRegister {

  private static final String COLUMNS = "id, municipality, case_key, call_number, application_number, kind, title, "
      + "step, tranche_number, public_document, family_id, version, content_hash, size_bytes, media_type, "
      + "file_name, uploaded_by, uploaded_at";

  private final JdbcTemplate jdbc;

  public DocumentRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a paper as a new family, or as the next version of {@code replacesFamily}'s, in the caller's transaction. */
  Document add(CheckedPaper checked, Placement place, Instant now) {
    Paper paper = checked.paper();
    String family = paper.replacesFamily() != null ? paper.replacesFamily() : UUID.randomUUID().toString();
    Integer last = jdbc.queryForObject("select max(version) from so_document where family_id = ?", Integer.class,
        family);
    int version = last == null ? 1 : last + 1;
    jdbc.update("insert into so_document (municipality, case_key, call_number, application_number, kind, title, "
            + "step, tranche_number, public_document, family_id, version, content_hash, size_bytes, media_type, "
            + "file_name, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        place.municipality(), place.caseKey(), place.callNumber(), place.applicationNumber(), paper.kind().code(),
        paper.title(), place.step(), paper.trancheNumber(), paper.publicDocument(), family, version, checked.hash(),
        (long) checked.content().length, checked.mediaType(), checked.fileName(), place.uploadedBy(),
        Timestamp.from(now));
    return jdbc.query("select " + COLUMNS + " from so_document where family_id = ? and version = ?", this::document,
        family, version).get(0);
  }

  public Optional<Document> find(long id) {
    return jdbc.query("select " + COLUMNS + " from so_document where id = ?", this::document, id).stream().findFirst();
  }

  /** The papers of a case, each version, in the order they came. */
  public List<Document> ofCase(String caseKey) {
    return jdbc.query("select " + COLUMNS + " from so_document where case_key = ? order by id", this::document,
        caseKey);
  }

  /** The papers of an order and its themes (keys KEY and KEY-T…), each version, in the order they came. */
  public List<Document> ofOrder(String orderKey) {
    return jdbc.query("select " + COLUMNS + " from so_document where case_key = ? or case_key like ? order by id",
        this::document, orderKey, orderKey.replace("%", "").replace("_", "\\_") + "-T%");
  }

  /** An application's papers, each version. */
  public List<Document> ofApplication(String callNumber, String applicationNumber) {
    return jdbc.query("select " + COLUMNS + " from so_document where call_number = ? and application_number = ? "
        + "order by id", this::document, callNumber, applicationNumber);
  }

  /** The public papers of an order and its themes, the newest version of each, in the order they came. */
  public List<Document> publicOfOrder(String orderKey) {
    return newestPublic(ofOrder(orderKey));
  }

  /** The public papers of a case (a theme: its call, protocol, contract, reports), the newest version of each. */
  public List<Document> publicOfCase(String caseKey) {
    return newestPublic(ofCase(caseKey));
  }

  private static List<Document> newestPublic(List<Document> all) {
    return all.stream().filter(Document::publicDocument)
        .collect(java.util.stream.Collectors.toMap(Document::familyId, d -> d, (a, b) -> b.version() > a.version() ? b : a,
            java.util.LinkedHashMap::new))
        .values().stream().sorted(java.util.Comparator.comparing(Document::id)).toList();
  }

  /** The versions of a paper, the first first. */
  public List<Document> family(String familyId) {
    return jdbc.query("select " + COLUMNS + " from so_document where family_id = ? order by version", this::document,
        familyId);
  }

  /** What an application's papers weigh together, every version counted. */
  public long sizeOfApplication(String callNumber, String applicationNumber) {
    Long size = jdbc.queryForObject("select coalesce(sum(size_bytes), 0) from so_document "
        + "where call_number = ? and application_number = ?", Long.class, callNumber, applicationNumber);
    return size == null ? 0 : size;
  }

  private Document document(ResultSet rs, int row) throws SQLException {
    Integer tranche = rs.getObject("tranche_number", Integer.class);
    return new Document(rs.getLong("id"), rs.getString("municipality"), rs.getString("case_key"),
        rs.getString("call_number"), rs.getString("application_number"),
        DocumentKind.of(rs.getString("kind")).orElse(DocumentKind.OTHER), rs.getString("title"), rs.getString("step"),
        tranche, rs.getBoolean("public_document"), rs.getString("family_id"),
        rs.getInt("version"), rs.getString("content_hash"), rs.getLong("size_bytes"), rs.getString("media_type"),
        rs.getString("file_name"), rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toInstant());
  }
}
