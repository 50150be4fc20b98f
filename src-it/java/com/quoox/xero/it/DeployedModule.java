package com.quoox.xero.it;

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
abstract class DeployedModule {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ModuleDeployment.withDemoShop();
  }

  @ArquillianResource URL deploymentUrl;

  ModuleApi api;

  @BeforeEach
  void connectToTheModule() {
    api = new ModuleApi(deploymentUrl);
  }
}
