package com.quoox.xero.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Xero sandbox in a JVM of its own ({@code XeroSandboxMain}), so its work (contract checks,
 * answering hundreds of calls in flight) takes no threads or heap from the benchmark's JVM and can
 * be told apart from the module's CPU in {@code top}. Its output goes to a file beside the build.
 */
final class SandboxProcess {

  private final Process process;
  private final RemoteSandbox sandbox;

  private SandboxProcess(Process process, RemoteSandbox sandbox) {
    this.process = process;
    this.sandbox = sandbox;
  }

  static SandboxProcess start(BenchmarkSettings settings, Path log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(classpath());
    command.add("com.quoox.xero.sandbox.XeroSandboxMain");
    command.add(String.valueOf(settings.sandboxPort()));
    command.add(settings.sandboxSpec().toAbsolutePath().toString());
    command.add("--latency");
    command.add(settings.latency().toString());
    command.add("--jitter");
    command.add(settings.jitter().toString());
    if (!settings.checkContract()) {
      command.add("--no-contract-check");
    }
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      SandboxProcess started =
          new SandboxProcess(
              process, new RemoteSandbox("http://127.0.0.1:" + settings.sandboxPort()));
      started.awaitReady(log);
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the sandbox's JVM", e);
    }
  }

  RemoteSandbox sandbox() {
    return sandbox;
  }

  void stop() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady(Path log) {
    Instant limit = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(limit)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the sandbox's JVM ended at start; see " + log);
      }
      if (sandbox.answers()) {
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    stop();
    throw new IllegalStateException("the sandbox did not answer within 2 minutes; see " + log);
  }

  /**
   * The benchmark's own classpath: exec:java runs it in Maven's JVM with a class loader of the
   * project's test classpath, so java.class.path is Maven's, not ours.
   */
  private static String classpath() {
    ClassLoader loader = SandboxProcess.class.getClassLoader();
    if (!(loader instanceof URLClassLoader urls)) {
      return System.getProperty("java.class.path");
    }
    List<String> entries = new ArrayList<>();
    for (URL url : urls.getURLs()) {
      try {
        entries.add(Path.of(url.toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
