package com.quoox.xero.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module's WildFly heap after a full GC, read through WildFly's management API (the
 * platform-mbean resources) with jboss-cli: it signs in as the local user, where plain HTTP would
 * need a management user added to the server.
 */
final class ModuleHeap {

  private static final Pattern USED = Pattern.compile("\"used\" => (\\d+)L");

  private final Path jbossHome;
  private final int managementPort;

  ModuleHeap(Path jbossHome, int portOffset) {
    this.jbossHome = jbossHome;
    this.managementPort = 9990 + portOffset;
  }

  /** Bytes of heap in use after a GC the management API asked for; -1 if it could not be read. */
  long usedAfterGc() {
    String memory = "/core-service=platform-mbean/type=memory";
    List<String> command =
        List.of(
            jbossHome.resolve("bin/jboss-cli.sh").toString(),
            "--connect",
            "--controller=remote+http://localhost:" + managementPort,
            "--commands=" + memory + ":gc," + memory + ":read-attribute(name=heap-memory-usage)");
    try {
      Process cli = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      cli.waitFor(1, TimeUnit.MINUTES);
      Matcher used = USED.matcher(output);
      if (used.find()) {
        return Long.parseLong(used.group(1));
      }
      System.err.println("benchmark: no heap figure from jboss-cli: " + output);
    } catch (IOException e) {
      System.err.println("benchmark: cannot run jboss-cli: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return -1;
  }
}
