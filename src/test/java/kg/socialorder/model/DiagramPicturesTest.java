package kg.socialorder.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * processes/pictures holds a picture of every diagram and of every collapsed sub-process's own plane,
 * drawn by bpmn-js from the diagram as it is now (processes/tools: npm run render): each picture names
 * the SHA-256 of the diagram it was drawn from, so a diagram changed without drawing it again fails here.
 */
class DiagramPicturesTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path PICTURES = PROCESSES.resolve("pictures");
  static final String RENDER = "draw them again: cd processes/tools && npm ci && npm run render";
  private static final Pattern COLLAPSED = Pattern.compile(
      "<bpmndi:BPMNShape [^>]*bpmnElement=\"([^\"]+)\"[^>]*isExpanded=\"false\"");
  private static final Pattern DRAWN_FROM = Pattern.compile("<!-- drawn by processes/tools/render\\.mjs from "
      + "processes/([^ ]+)\\.bpmn sha256:([0-9a-f]{64}) -->");

  @Test
  void everyDiagramAndSubProcessHasAPictureDrawnFromItAsItIsNow() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> diagrams = files(PROCESSES, ".bpmn");
    assertThat(diagrams).hasSizeGreaterThanOrEqualTo(6);

    for (Path diagram : diagrams) {
      String name = diagram.getFileName().toString().replaceFirst("\\.bpmn$", "");
      String hash = sha256(Files.readAllBytes(diagram));
      for (String picture : pictures(name, Files.readString(diagram))) {
        Path file = PICTURES.resolve(picture);
        if (!Files.exists(file)) {
          problems.add(picture + " is missing");
          continue;
        }
        Matcher drawn = DRAWN_FROM.matcher(Files.readString(file));
        if (!drawn.find()) {
          problems.add(picture + " does not say which diagram it was drawn from");
        } else if (!drawn.group(1).equals(name) || !drawn.group(2).equals(hash)) {
          problems.add(picture + " was drawn from an earlier " + name + ".bpmn");
        }
      }
    }

    assertThat(problems).as(RENDER).isEmpty();
  }

  @Test
  void noPictureIsLeftOfADiagramOrSubProcessThatIsGone() throws IOException {
    TreeSet<String> expected = new TreeSet<>();
    for (Path diagram : files(PROCESSES, ".bpmn")) {
      expected.addAll(pictures(diagram.getFileName().toString().replaceFirst("\\.bpmn$", ""), Files.readString(diagram)));
    }

    assertThat(files(PICTURES, ".svg")).extracting(p -> p.getFileName().toString()).as(RENDER)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aChangedDiagramIsToldApartFromItsPicture() throws IOException {
    Path diagram = PROCESSES.resolve("tranche.bpmn");
    String picture = Files.readString(PICTURES.resolve("tranche.svg"));
    byte[] changed = (Files.readString(diagram) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    Matcher drawn = DRAWN_FROM.matcher(picture);
    assertThat(drawn.find()).isTrue();
    assertThat(drawn.group(2)).isEqualTo(sha256(Files.readAllBytes(diagram))).isNotEqualTo(sha256(changed));
  }

  /** The diagram's picture and one for each collapsed sub-process, named as render.mjs names them. */
  static List<String> pictures(String name, String xml) {
    List<String> pictures = new ArrayList<>(List.of(name + ".svg"));
    Matcher collapsed = COLLAPSED.matcher(xml);
    while (collapsed.find()) {
      if (xml.contains("<bpmn:subProcess id=\"" + collapsed.group(1) + "\"")) {
        pictures.add(name + "-" + collapsed.group(1) + ".svg");
      }
    }
    return pictures;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> files(Path dir, String ending) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(ending)).sorted().toList();
    }
  }
}
