package kg.socialorder.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of uploads and where the bytes are kept ({@code social-order.documents}).
 *
 * @param maxFileSize the largest file taken
 * @param maxApplicationSize the most all the papers of one application may weigh together
 * @param maxFilesAtOnce the most files one submission may carry
 * @param store where the bytes are kept: {@code database} (the default, table so_document_content) or
 *     {@code filesystem} (under {@code directory})
 * @param directory the folder of the filesystem store
 */
@ConfigurationProperties("social-order.documents")
public record DocumentProperties(
    @DefaultValue("10MB") DataSize maxFileSize,
    @DefaultValue("25MB") DataSize maxApplicationSize,
    @DefaultValue("20") int maxFilesAtOnce,
    @DefaultValue("database") String store,
    @DefaultValue("./data/documents") String directory) {}
