package kg.socialorder.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for tests, from the binaries zonky publishes on Maven Central, so no
 * installation is needed. PostgreSQL refuses to run as root, and CI runs as root: then the server
 * runs as the unprivileged user {@code nobody} through {@code setpriv}.
 *
 * <p>Whoever starts a server closes it: a Spring context does so after the data source and engine that
 * use it. A JVM shutdown hook would stop it while those are still closing, and their job executors
 * would then wait out the pool's connection timeout before the JVM could exit.
 */
public final class EmbeddedPostgres implements AutoCloseable {

  private static final int NOBODY = 65534;
  private static final String ARCHIVE = "/postgres-linux-x86_64.txz";

  private final Path home;
  private final Path data;
  private final int port;
  private final boolean asNobody;
  private final boolean durableCommits;

  private EmbeddedPostgres(Path home, int port, boolean asNobody, boolean durableCommits) {
    this.home = home;
    this.data = home.resolve("data");
    this.port = port;
    this.asNobody = asNobody;
    this.durableCommits = durableCommits;
  }

  /** Starts a fresh server with an empty database {@code socialorder}. */
  public static EmbeddedPostgres start() {
    return start(false);
  }

  /**
   * Starts a fresh server whose commits survive {@link #stop()}: a commit is acknowledged only once
   * it is in the write-ahead log, as in production. For tests of outages, where a commit that the
   * application saw must still be there after the server comes back.
   */
  public static EmbeddedPostgres startWithDurableCommits() {
    return start(true);
  }

  private static EmbeddedPostgres start(boolean durableCommits) {
    try {
      Path home = Files.createTempDirectory("social-order-pg-");
      Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
      EmbeddedPostgres server = new EmbeddedPostgres(home, freePort(), isRoot(), durableCommits);
      server.extract();
      server.initAndStart();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/socialorder";
  }

  public String username() {
    return "postgres";
  }

  public int port() {
    return port;
  }

  /** Stops the server at once, as a crash would. */
  public void stop() {
    run(List.of(bin("pg_ctl"), "-D", data.toString(), "-m", "immediate", "-w", "stop"), false);
  }

  /** Starts the stopped server again on the same port and data. */
  public void restart() {
    run(List.of(bin("pg_ctl"), "-D", data.toString(), "-l", data.resolve("server.log").toString(),
        "-o", serverOptions(), "-w", "start"), true);
  }

  @Override
  public synchronized void close() {
    if (Files.exists(data)) {
      stop();
      TempFiles.deleteRecursively(home);
    }
  }

  private void extract() throws IOException {
    try (InputStream raw = EmbeddedPostgres.class.getResourceAsStream(ARCHIVE)) {
      if (raw == null) {
        throw new IllegalStateException(ARCHIVE + " is not on the test classpath");
      }
      try (TarArchiveInputStream tar = new TarArchiveInputStream(
          new XZCompressorInputStream(new BufferedInputStream(raw)))) {
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
          Path target = home.resolve(entry.getName()).normalize();
          if (!target.startsWith(home)) {
            throw new IOException("Archive entry outside the target: " + entry.getName());
          }
          if (entry.isDirectory()) {
            Files.createDirectories(target);
          } else if (entry.isSymbolicLink()) {
            Files.createDirectories(target.getParent());
            Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(tar, target);
            Files.setPosixFilePermissions(target, permissions(entry.getMode()));
          }
        }
      }
    }
    try (Stream<Path> dirs = Files.walk(home)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  private void initAndStart() throws IOException {
    Files.createDirectories(data);
    if (asNobody) {
      run(List.of("chown", "-R", NOBODY + ":" + NOBODY, data.toString()), false);
    }
    run(List.of(bin("initdb"), "-A", "trust", "-U", "postgres", "-D", data.toString(), "-E", "UTF-8",
        "--locale=C"), true);
    restart();
    try (Connection c = DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "")) {
      c.createStatement().execute("create database socialorder");
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL started but refused the test database", e);
    }
  }

  private String serverOptions() {
    // durability against a crash of the machine is not what tests measure (fsync off); a stop of the
    // server loses unwritten commits unless they are synchronous
    return "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
        + " -c fsync=off -c synchronous_commit=" + (durableCommits ? "on" : "off")
        + " -c full_page_writes=off -c max_connections=200";
  }

  private String bin(String program) {
    return home.resolve("bin").resolve(program).toString();
  }

  private void run(List<String> command, boolean mustSucceed) {
    List<String> full = new ArrayList<>();
    if (asNobody && !command.get(0).equals("chown")) {
      full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
    }
    full.addAll(command);
    try {
      Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("Timed out: " + full);
      }
      if (mustSucceed && process.exitValue() != 0) {
        throw new IllegalStateException("Failed (" + process.exitValue() + "): " + full + "\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> result = new HashSet<>();
    PosixFilePermission[] all = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
    for (int bit = 0; bit < all.length; bit++) {
      if ((mode & (1 << bit)) != 0) {
        result.add(all[bit]);
      }
    }
    // readable (and, for programs, executable) by the unprivileged server user
    result.add(PosixFilePermission.OTHERS_READ);
    if (result.contains(PosixFilePermission.OWNER_EXECUTE)) {
      result.add(PosixFilePermission.OTHERS_EXECUTE);
    }
    return result;
  }

  private static boolean isRoot() {
    return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

}
