package com.quoox.xero.websecurity;

import com.quoox.xero.rest.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Answers 413 to a request body over {@value #MAX_BYTES} bytes before anything parses or validates
 * it, so that a huge field costs the server neither memory nor pattern matching.
 *
 * <p>The largest request of the API, a mapping of 500 item categories with names of 100 characters,
 * is about 80 KB; nothing an owner sends comes near the cap. Xero's webhook deliveries batch events
 * (about 400 bytes each) in a number Xero does not document, and a refused delivery is retried and
 * then switched off by Xero, so they get a larger cap of {@value #WEBHOOK_MAX_BYTES} bytes.
 */
@Provider
@PreMatching
public class RequestBodyCap implements ContainerRequestFilter {

  static final int MAX_BYTES = 128 * 1024;

  static final int WEBHOOK_MAX_BYTES = 1024 * 1024;

  private static final String WEBHOOK_PATH = "xero/webhooks";

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    int cap =
        WEBHOOK_PATH.equals(request.getUriInfo().getPath(false).replaceAll("^/+|/+$", ""))
            ? WEBHOOK_MAX_BYTES
            : MAX_BYTES;
    if (request.getLength() > cap) {
      request.abortWith(tooLarge(cap));
    } else if (request.getLength() < 0 && request.hasEntity()) {
      // No Content-Length (chunked): read at most one byte past the cap, and hand on what was
      // read, so that no parser ever sees more than the cap.
      byte[] body = request.getEntityStream().readNBytes(cap + 1);
      if (body.length > cap) {
        request.abortWith(tooLarge(cap));
      } else {
        request.setEntityStream(new ByteArrayInputStream(body));
      }
    }
  }

  private static Response tooLarge(int cap) {
    return Problem.response(
        Response.Status.REQUEST_ENTITY_TOO_LARGE,
        "The request body is larger than " + cap / 1024 + " KB; nothing was changed");
  }
}
