package com.quoox.xero.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.quoox.xero.it.support.DatabaseIndependent;
import com.quoox.xero.it.support.ModuleDeployment;
import com.quoox.xero.it.support.WildFlyHttp;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WAR exactly as shipped takes no password over plain HTTP: the settings page and the API
 * redirect to the server's HTTPS port before asking anyone to sign in. (The other tests and the
 * demo deploy it without that requirement, their server having no certificate.)
 */
@DatabaseIndependent
@ExtendWith(ArquillianExtension.class)
class HttpsRequiredIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ModuleDeployment.asShipped();
  }

  @ArquillianResource URL deploymentUrl;

  @Test
  void settingsPageAndApiOverPlainHttpRedirectToHttpsBeforeSignIn() {
    for (String path : new String[] {"xero/settings.html", "api/businesses/any/xero/connection"}) {
      HttpResponse<String> answer = plainHttpGet(path);

      assertEquals(302, answer.statusCode(), path + ": " + answer.body());
      String location = answer.headers().firstValue("Location").orElse("");
      assertTrue(location.startsWith("https://"), path + " → " + location);
      assertTrue(location.endsWith("/quoox-xero/" + path), path + " → " + location);
    }
  }

  /** Without credentials: the redirect comes before the sign-in, so none is sent in clear. */
  private HttpResponse<String> plainHttpGet(String path) {
    URI uri = URI.create(deploymentUrl.toString().replaceAll("/+$", "") + "/" + path);
    try {
      return WildFlyHttp.client()
          .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
