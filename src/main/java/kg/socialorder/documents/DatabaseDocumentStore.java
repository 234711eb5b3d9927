package kg.socialorder.documents;

import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bytes in the table {@code so_document_content}, in the same transaction as the document's row:
 * a refused or failed submission leaves neither.
 */
@Component
@ConditionalOnProperty(name = "social-order.documents.store", havingValue = "database", matchIfMissing = true)
public class DatabaseDocumentStore implements DocumentStore {

  private final JdbcTemplate jdbc;

  public DatabaseDocumentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void keep(String hash, byte[] content) {
    jdbc.update("insert into so_document_content (content_hash, size_bytes, content) "
        + "select ?, ?, ? where not exists (select 1 from so_document_content where content_hash = ?)",
        hash, content.length, content, hash);
  }

  @Override
  public Optional<byte[]> read(String hash) {
    return jdbc.query("select content from so_document_content where content_hash = ?",
        (rs, row) -> rs.getBytes(1), hash).stream().findFirst();
  }
}
