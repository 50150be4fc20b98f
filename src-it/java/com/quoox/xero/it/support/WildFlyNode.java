package com.quoox.xero.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A WildFly of the build's own installation run as a process of its own, with its own base
 * directory (so several can share the installation), port offset, system properties and
 * environment: for the demo, and for tests that kill a server and start it again.
 */
public final class WildFlyNode {

  private final Path jbossHome;
  private final Path baseDir;
  private final int portOffset;
  private final Map<String, String> properties = new LinkedHashMap<>();
  private final Map<String, String> environment = new LinkedHashMap<>();
  private boolean inheritOutput;
  private Process process;

  /**
   * @param baseDir the node's {@code standalone} folder; made from the installation's when missing
   */
  public WildFlyNode(Path jbossHome, Path baseDir, int portOffset) {
    this.jbossHome = jbossHome.toAbsolutePath();
    this.baseDir = baseDir.toAbsolutePath();
    this.portOffset = portOffset;
  }

  /**
   * A node in {@code baseDir} made afresh (whatever an earlier run left there is deleted first), so
   * no deployment or data of another run stays behind.
   */
  public static WildFlyNode inFreshBase(Path jbossHome, Path baseDir, int portOffset) {
    if (Files.exists(baseDir)) {
      try (Stream<Path> files = Files.walk(baseDir)) {
        for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new WildFlyNode(jbossHome, baseDir, portOffset);
  }

  /** Points the module at a Xero sandbox's URLs. */
  public WildFlyNode usingXeroAt(String sandboxBaseUrl) {
    property("quoox.xero.api-base-url", sandboxBaseUrl + "/api.xro/2.0");
    property("quoox.xero.identity-base-url", sandboxBaseUrl);
    return property("quoox.xero.connections-url", sandboxBaseUrl + "/connections");
  }

  public WildFlyNode property(String key, String value) {
    properties.put(key, value);
    return this;
  }

  public WildFlyNode environment(String key, String value) {
    environment.put(key, value);
    return this;
  }

  /** Shows the server's console on this process's own (the demo); else it goes to a file. */
  public WildFlyNode inheritOutput() {
    inheritOutput = true;
    return this;
  }

  public WildFlyNode deploy(WebArchive war) {
    ensureBaseDir();
    war.as(ZipExporter.class)
        .exportTo(baseDir.resolve("deployments/" + war.getName()).toFile(), true);
    return this;
  }

  public void start() {
    ensureBaseDir();
    List<String> command = new ArrayList<>();
    command.add(jbossHome.resolve("bin/standalone.sh").toString());
    command.add("-Djboss.server.base.dir=" + baseDir);
    command.add("-Djboss.socket.binding.port-offset=" + portOffset);
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    if (inheritOutput) {
      builder.inheritIO();
    } else {
      builder.redirectErrorStream(true).redirectOutput(baseDir.resolve("console.log").toFile());
    }
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the module answers over HTTP. */
  public void awaitModule(Duration limit) {
    ModuleApi api = new ModuleApi(moduleUrl());
    Eventually.await(
        "WildFly at port offset " + portOffset + " to serve the module",
        limit,
        () -> answers(api),
        up -> up);
  }

  /** Like a power cut: {@code kill -9} of the server's JVM (and the script that started it). */
  public void kill() {
    ProcessHandle handle = process.toHandle();
    Stream.concat(handle.descendants(), Stream.of(handle)).forEach(ProcessHandle::destroyForcibly);
    await();
  }

  /** A graceful stop (SIGTERM), as an operator's restart. */
  public void stop() {
    if (process != null && process.isAlive()) {
      process.toHandle().descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      await();
    }
  }

  public Process process() {
    return process;
  }

  public URL moduleUrl() {
    try {
      return new URL("http://localhost:" + (8080 + portOffset) + "/quoox-xero/");
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** WildFly's health checks ({@code ready} or {@code live}) on this node's management port. */
  public java.net.URI healthUrl(String kind) {
    return java.net.URI.create("http://localhost:" + (9990 + portOffset) + "/health/" + kind);
  }

  private void await() {
    try {
      process.waitFor();
      for (ProcessHandle child : process.toHandle().descendants().toList()) {
        child.onExit().get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean answers(ModuleApi api) {
    try {
      return api.get("businesses/health-probe/xero/mappings").status() == 200;
    } catch (AssertionError notYet) {
      return false;
    }
  }

  private void ensureBaseDir() {
    if (Files.isDirectory(baseDir)) {
      return;
    }
    Path template = jbossHome.resolve("standalone");
    try (Stream<Path> files = Files.walk(template)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = baseDir.resolve(template.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else if (!file.toString().contains("/deployments/")) {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
