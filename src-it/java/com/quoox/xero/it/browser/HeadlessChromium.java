package com.quoox.xero.it.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import org.openqa.selenium.HasAuthentication;
import org.openqa.selenium.UsernameAndPassword;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through Debian's chromedriver, headless, with a fresh profile per test,
 * answering the module's HTTP Basic challenge itself, and saving a screenshot of each step.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final Path profile;
  private final Path screenshots;
  private int step;

  private HeadlessChromium(ChromeDriver driver, Path profile, Path screenshots) {
    this.driver = driver;
    this.profile = profile;
    this.screenshots = screenshots;
  }

  /** Skips the test (an assumption) when Chromium or its driver is not installed. */
  static HeadlessChromium start(String testName, String user, String password) throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "The settings page is tested in Debian's headless Chromium: "
            + "apt-get install -y chromium chromium-driver (installs /usr/bin/chromedriver)");
    Path profile = Files.createTempDirectory("quoox-xero-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,2400",
        "--user-data-dir=" + profile);
    // Files the page offers are saved, unasked, where the test can read them.
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads(profile).toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    // Answers Basic challenges through the DevTools protocol, like a user typing in the dialog.
    ((HasAuthentication) driver).register(UsernameAndPassword.of(user, password));
    return new HeadlessChromium(driver, profile, emptied(screenshotFolder().resolve(testName)));
  }

  /** ${quoox.build.dir}/screenshots: beside the WAR the build made. */
  private static Path screenshotFolder() {
    String war = System.getProperty("quoox.war", "target/quoox-xero.war");
    return Path.of(war).toAbsolutePath().getParent().resolve("screenshots");
  }

  /** A phone's width in CSS pixels (an iPhone 12 to 15), for the narrow layout. */
  static final int PHONE_WIDTH = 390;

  /**
   * Saves the whole page as it looks now, numbered in the order of the steps, at the desktop width
   * and at a phone's ({@code -390}), and audits both with axe-core: each step is a state of the
   * page a person sees.
   */
  void screenshot(String name) {
    save(name);
    Accessibility.audit(driver, name);
    atPhoneWidth(
        () -> {
          save(name + "-" + PHONE_WIDTH);
          Accessibility.audit(driver, name + " at " + PHONE_WIDTH + " px");
        });
  }

  private void save(String name) {
    try {
      Files.createDirectories(screenshots);
      Files.write(screenshots.resolve(String.format("%02d-%s.png", ++step, name)), wholePage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs {@code check} with the page laid out for a phone {@value #PHONE_WIDTH} px wide (a mobile
   * viewport, so the page's viewport meta applies), then back at the desktop width.
   */
  void atPhoneWidth(Runnable check) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    try {
      // Layout follows the next frame; a round trip through requestAnimationFrame waits for it.
      driver.executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
      check.run();
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /** The page beyond the window too, through the DevTools protocol (Page.captureScreenshot). */
  private byte[] wholePage() {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  /** Screenshots of an earlier run of the same test would mix with this run's. */
  private static Path emptied(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      try (var files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
    return folder;
  }

  /** Where the browser saves what the page offers for download. */
  Path downloads() {
    return downloads(profile);
  }

  private static Path downloads(Path profile) {
    return profile.resolve("downloads");
  }

  @Override
  public void close() throws IOException {
    try {
      save("last"); // after a failure too, so no audit here
    } finally {
      driver.quit();
      try (var files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
