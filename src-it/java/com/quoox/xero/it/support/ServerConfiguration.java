package com.quoox.xero.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The system properties of Arquillian's WildFly, changed as an operator changes them: with
 * jboss-cli.sh over the management interface, while the server runs. The module reads its
 * MicroProfile Config from them, so a test can change a setting without a restart.
 */
public final class ServerConfiguration {

  private ServerConfiguration() {}

  /** Sets (or replaces) a system property of the running server. */
  public static void set(String name, String value) {
    remove(name);
    cli("/system-property=" + name + ":add(value=\"" + value + "\")");
  }

  /** Removes a system property of the running server, if it has it. */
  public static void remove(String name) {
    List<String> output = cli("/system-property=" + name + ":read-resource", true);
    if (String.join("\n", output).contains("\"outcome\" => \"success\"")) {
      cli("/system-property=" + name + ":remove");
    }
  }

  private static List<String> cli(String command) {
    return cli(command, false);
  }

  private static List<String> cli(String command, boolean mayFail) {
    Path home = Path.of(System.getProperty("jboss.home"));
    String controller = "--controller=localhost:" + System.getProperty("it.management.port");
    List<String> line = new ArrayList<>();
    line.addAll(
        List.of(home.resolve("bin/jboss-cli.sh").toString(), "--connect", controller, command));
    try {
      ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
      builder.environment().put("JBOSS_HOME", home.toString());
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes());
      assertTrue(process.waitFor(2, TimeUnit.MINUTES), "finished: " + command);
      if (!mayFail) {
        assertEquals(0, process.exitValue(), command + " said: " + output);
      }
      return output.lines().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
