package kg.socialorder.model;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The diagram tools of processes/tools (bpmnlint, dmnlint, bpmn-js), run with Debian's Node.js: installed
 * once by {@code npm ci} from the pinned package-lock.json (again only when the lock file changes), then
 * run from there.
 */
final class DiagramTools {

  static final Path TOOLS = Path.of("processes", "tools");
  static final String MISSING = "Node.js and npm are not installed here (apt-get install nodejs npm; .ci/run"
      + " installs them): the diagrams and decision tables are not linted";

  record Run(int exitCode, String output) {}

  private DiagramTools() {}

  static boolean nodeInstalled() {
    return onPath("node") && onPath("npm");
  }

  /** npm ci, unless node_modules already holds what this package-lock.json pins. */
  static synchronized void install() throws IOException, InterruptedException {
    Path installed = TOOLS.resolve("node_modules/.package-lock.json");
    Path lock = TOOLS.resolve("package-lock.json");
    if (Files.exists(installed) && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
      return;
    }
    Run run = run(List.of("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund"), 600);
    if (run.exitCode() != 0) {
      throw new IllegalStateException("npm ci in " + TOOLS + " failed:\n" + run.output());
    }
  }

  /** One of the tools' commands (node_modules/.bin), run in processes/tools. */
  static Run tool(String name, List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", "node_modules/.bin/" + name));
    command.addAll(arguments);
    return run(command, 300);
  }

  static Run run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
    Path log = Files.createTempFile("diagram-tools-", ".log");
    try {
      Process process = new ProcessBuilder(command).directory(TOOLS.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
      }
      // no colours: the report is read in the test's failure message
      String output = Files.readString(log, StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "");
      return new Run(process.exitValue(), output);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static boolean onPath(String program) {
    for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(directory, program))) {
        return true;
      }
    }
    return false;
  }
}
