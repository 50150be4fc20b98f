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
 * is about 80 KB; nothing an owner sends comes near the cap.
 */
@Provider
@PreMatching
public class RequestBodyCap implements ContainerRequestFilter {

  static final int MAX_BYTES = 128 * 1024;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (request.getLength() > MAX_BYTES) {
      request.abortWith(tooLarge());
    } else if (request.getLength() < 0 && request.hasEntity()) {
      // No Content-Length (chunked): read at most one byte past the cap, and hand on what was
      // read, so that no parser ever sees more than the cap.
      byte[] body = request.getEntityStream().readNBytes(MAX_BYTES + 1);
      if (body.length > MAX_BYTES) {
        request.abortWith(tooLarge());
      } else {
        request.setEntityStream(new ByteArrayInputStream(body));
      }
    }
  }

  private static Response tooLarge() {
    return Problem.response(
        Response.Status.REQUEST_ENTITY_TOO_LARGE,
        "The request body is larger than " + MAX_BYTES / 1024 + " KB; nothing was changed");
  }
}
