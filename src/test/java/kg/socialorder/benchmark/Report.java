package kg.socialorder.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One part's result: a markdown table with a heading and notes, printed and written under target/benchmark. */
final class Report {

  static final Path DIRECTORY = Path.of("target", "benchmark");

  private final String title;
  private final List<String> lines = new ArrayList<>();

  Report(String title) {
    this.title = title;
  }

  Report paragraph(String text) {
    lines.add(text);
    lines.add("");
    return this;
  }

  Report header(String... columns) {
    lines.add("| " + String.join(" | ", columns) + " |");
    StringBuilder rule = new StringBuilder("|");
    for (String column : columns) {
      rule.append(column.matches("^[a-z].*|step|query|measure|kind") ? "---|" : "---:|");
    }
    lines.add(rule.toString());
    return this;
  }

  Report row(Object... cells) {
    List<String> text = new ArrayList<>();
    for (Object cell : cells) {
      text.add(cell instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(cell));
    }
    lines.add("| " + String.join(" | ", text) + " |");
    return this;
  }

  Report blank() {
    lines.add("");
    return this;
  }

  /** Prints the table and writes it to target/benchmark/{@code file}.md. */
  void write(String file) {
    StringBuilder text = new StringBuilder("## ").append(title).append("\n\n");
    text.append(machine()).append("\n\n");
    lines.forEach(line -> text.append(line).append('\n'));
    try {
      Files.createDirectories(DIRECTORY);
      Files.writeString(DIRECTORY.resolve(file + ".md"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println("\n" + text);
  }

  static String machine() {
    String cpu = "?";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
    } catch (IOException e) {
      // not Linux: the core count and the JVM still say something
    }
    return String.format(Locale.ROOT, "_Measured %s on %d cores (%s), Java %s, max heap %d MB._",
        ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT)).substring(0, 16),
        Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.version"),
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024 * 1024));
  }

  static String ratio(double ours, double bare) {
    return bare == 0 ? "–" : String.format(Locale.ROOT, "%.2f", ours / bare);
  }
}
