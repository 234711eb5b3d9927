package kg.socialorder.ocds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.SocialOrderProperties;
import kg.socialorder.ocds.ReleaseRegister.Stored;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Release packages and record packages: the published releases with the package metadata (uri,
 * publishedDate, publisher, version, license, publication policy), and records that embed every
 * release of a process with its compiled release.
 */
@Component
class OcdsPackages {

  static final String VERSION = "1.1";
  private static final int DOWNLOAD_PAGE = 200;

  private final OcdsProperties ocds;
  private final ReleaseRegister releases;
  private final ZoneId zone;
  private final Clock clock;

  OcdsPackages(OcdsProperties ocds, ReleaseRegister releases, SocialOrderProperties properties, Clock clock) {
    this.ocds = ocds;
    this.releases = releases;
    this.zone = properties.timeZone();
    this.clock = clock;
  }

  /** Links to the neighbouring pages of a paged package (null: none). */
  record Links(String next, String prev) {}

  ObjectNode releasePackage(String uri, List<Stored> stored, Links links) {
    ObjectNode pack = metadata(uri, stored.stream().map(Stored::date).max(Instant::compareTo).orElse(null));
    ArrayNode list = pack.putArray("releases");
    stored.forEach(release -> list.add(OcdsJson.read(release.json())));
    links(pack, links);
    return pack;
  }

  ObjectNode recordPackage(String uri, List<String> ocids, Links links) {
    Map<String, List<Stored>> stored = new LinkedHashMap<>();
    ocids.forEach(ocid -> stored.put(ocid, releases.ofProcess(ocid)));
    return recordPackage(uri, stored, links);
  }

  /** A record package of processes whose releases were read already (at least one each), in their order. */
  ObjectNode recordPackage(String uri, Map<String, List<Stored>> releasesByOcid, Links links) {
    ObjectNode pack = metadata(uri, null);
    ArrayNode packages = pack.putArray("packages");
    ArrayNode records = pack.putArray("records");
    Instant latest = null;
    for (Map.Entry<String, List<Stored>> process : releasesByOcid.entrySet()) {
      String ocid = process.getKey();
      List<Stored> stored = process.getValue();
      records.add(record(ocid, stored));
      packages.add(processUri(ocid));
      Instant last = stored.get(stored.size() - 1).date();
      latest = latest == null || last.isAfter(latest) ? last : latest;
    }
    if (latest != null) {
      pack.put("publishedDate", OcdsJson.dateTime(latest, zone));
    }
    links(pack, links);
    return pack;
  }

  /** A process's record: every release of it and the release compiled from them. */
  private static ObjectNode record(String ocid, List<Stored> stored) {
    List<JsonNode> embedded = stored.stream().map(release -> OcdsJson.read(release.json())).toList();
    ObjectNode record = OcdsJson.object();
    record.put("ocid", ocid);
    record.putArray("releases").addAll(embedded);
    record.set("compiledRelease", RecordCompiler.compile(ocid, embedded));
    return record;
  }

  /**
   * A record package of every process whose ocid starts with {@code ocidStart} (all of them, or one
   * municipality's), written record by record as it is read, a page of processes at a time: a
   * download of the whole country never holds it all in memory.
   */
  void writeRecordPackage(String uri, String ocidStart, OutputStream out) throws IOException {
    ObjectNode metadata = metadata(uri, releases.latest(ocidStart));
    List<String> uris = new ArrayList<>();
    try (JsonGenerator json = OcdsJson.MAPPER.getFactory().createGenerator(out)) {
      json.writeStartObject();
      for (Map.Entry<String, JsonNode> field : metadata.properties()) {
        json.writeFieldName(field.getKey());
        json.writeTree(field.getValue());
      }
      json.writeArrayFieldStart("records");
      for (int offset = 0;; offset += DOWNLOAD_PAGE) {
        List<String> ocids = releases.processesStartingWith(ocidStart, offset, DOWNLOAD_PAGE);
        for (String ocid : ocids) {
          json.writeTree(record(ocid, releases.ofProcess(ocid)));
          uris.add(processUri(ocid));
        }
        if (ocids.size() < DOWNLOAD_PAGE) {
          break;
        }
      }
      json.writeEndArray();
      json.writeArrayFieldStart("packages");
      for (String processUri : uris) {
        json.writeString(processUri);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  /** The release package of one process: the package a record is compiled from. */
  String processUri(String ocid) {
    return ocds.link("/ocds/releases/" + UriUtils.encodePathSegment(ocid, StandardCharsets.UTF_8));
  }

  private ObjectNode metadata(String uri, Instant latest) {
    ObjectNode pack = OcdsJson.object();
    pack.put("uri", uri);
    pack.put("version", VERSION);
    // generated on demand: the date of the newest release it holds
    pack.put("publishedDate", OcdsJson.dateTime(latest == null ? clock.instant() : latest,
        zone));
    ObjectNode publisher = pack.putObject("publisher");
    publisher.put("name", ocds.publisherName());
    if (ocds.publisherUri() != null) {
      publisher.put("uri", ocds.publisherUri().toString());
    }
    if (ocds.license() != null) {
      pack.put("license", ocds.license().toString());
    }
    if (ocds.publicationPolicy() != null) {
      pack.put("publicationPolicy", ocds.publicationPolicy().toString());
    }
    return pack;
  }

  private static void links(ObjectNode pack, Links links) {
    if (links != null && (links.next() != null || links.prev() != null)) {
      ObjectNode node = pack.putObject("links");
      if (links.next() != null) {
        node.put("next", links.next());
      }
      if (links.prev() != null) {
        node.put("prev", links.prev());
      }
    }
  }
}
