package com.quoox.xero.it.support;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deploys the module as built, with the demo shop, to the managed WildFly, and gives each test a
 * black-box HTTP client of it. Tests run as a client, in the JVM where the Xero sandbox runs.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedModule {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return ModuleDeployment.withDemoShop();
  }

  @ArquillianResource protected URL deploymentUrl;

  protected ModuleApi api;

  @BeforeEach
  public void connectToTheModule() {
    api = new ModuleApi(deploymentUrl);
  }
}
