package com.quoox.xero.it.support;

import com.quoox.xero.demo.DemoShop;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR Maven built, plus the demo shop that fires the monolith's events from inside the same
 * deployment (CDI events do not cross deployments, DESIGN §2). Tests deploy what ships.
 */
public final class ModuleDeployment {

  private ModuleDeployment() {}

  /** {@code quoox-xero.war} exactly as Maven built it: plain HTTP is redirected to HTTPS. */
  public static WebArchive asShipped() {
    File war = new File(System.getProperty("quoox.war", "target/quoox-xero.war"));
    return ShrinkWrap.create(ZipImporter.class, "quoox-xero.war")
        .importFrom(war)
        .as(WebArchive.class);
  }

  /**
   * {@code quoox-xero.war} as Maven built it, but served over plain HTTP: the test and demo server
   * has no certificate, so its {@code web.xml} loses only the HTTPS requirement ({@code
   * HttpsRequiredIT} checks the shipped one).
   */
  public static WebArchive asBuilt() {
    WebArchive war = asShipped();
    String shipped = webXml(war);
    String plainHttp =
        shipped.replaceAll("(?s)\\s*<user-data-constraint>.*?</user-data-constraint>", "");
    if (plainHttp.equals(shipped)) {
      throw new IllegalStateException("WEB-INF/web.xml no longer requires HTTPS; update this");
    }
    war.delete(WEB_XML);
    return war.addAsWebInfResource(new StringAsset(plainHttp), "web.xml");
  }

  private static final String WEB_XML = "WEB-INF/web.xml";

  private static String webXml(WebArchive war) {
    try (InputStream xml = war.get(WEB_XML).getAsset().openStream()) {
      return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The module plus the demo shop's classes and its page (every file of src-it/webapp/demo). */
  public static WebArchive withDemoShop() {
    WebArchive war = asBuilt().addPackage(DemoShop.class.getPackage());
    File[] page = new File("src-it/webapp/demo").listFiles(File::isFile);
    if (page == null) {
      throw new IllegalStateException("src-it/webapp/demo is missing");
    }
    for (File file : page) {
      war.addAsWebResource(file, "demo/" + file.getName());
    }
    return war;
  }

  /**
   * The module overlaid on a host's WAR as maven-war-plugin's {@code <overlays>} do it: every file
   * of the module's WAR is added unless the host has its own at that path, so the host's
   * descriptors ({@code WEB-INF/web.xml}, {@code WEB-INF/beans.xml}, {@code
   * META-INF/microprofile-config.properties}) win.
   */
  public static WebArchive overlaidOn(WebArchive host) {
    return host.merge(asBuilt(), path -> !host.contains(path));
  }
}
