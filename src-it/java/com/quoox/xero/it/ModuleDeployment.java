package com.quoox.xero.it;

import com.quoox.xero.demo.DemoShop;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR Maven built, plus the demo shop that fires the monolith's events from inside the same
 * deployment (CDI events do not cross deployments, DESIGN §2). Tests deploy what ships.
 */
public final class ModuleDeployment {

  private ModuleDeployment() {}

  public static WebArchive withDemoShop() {
    File war = new File(System.getProperty("quoox.war", "target/quoox-xero.war"));
    return ShrinkWrap.create(ZipImporter.class, "quoox-xero.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addPackage(DemoShop.class.getPackage())
        .addAsWebResource(new File("src-it/webapp/demo/index.html"), "demo/index.html");
  }
}
