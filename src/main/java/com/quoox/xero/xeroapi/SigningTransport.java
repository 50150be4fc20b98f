package com.quoox.xero.xeroapi;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SDK's HTTP transport with legacy private apps signed at the last moment, when the method, the
 * URL with its query ({@code where}, {@code summarizeErrors}, {@code unitdp} …) and the headers are
 * final: a request whose {@code Authorization} is a private app's handle leaves with its OAuth 1.0a
 * header instead, and without {@code xero-tenant-id} (a private app's consumer key names its one
 * organisation). Every other request passes through untouched. This is the only hook the SDK
 * leaves: its {@code Credential} overwrites any interceptor with {@code Bearer <token>}.
 */
class SigningTransport extends HttpTransport {

  private static final String AUTHORIZATION = "Authorization";
  private static final String BEARER = "Bearer ";
  private static final String TENANT_HEADER = "xero-tenant-id";

  /**
   * {@code HttpTransport.buildRequest} is protected and google-http-client's {@code
   * NetHttpTransport} is final, so a wrapping transport can reach the real one only this way.
   */
  private static final Method BUILD_REQUEST = buildRequestMethod();

  private final HttpTransport delegate;
  private final PrivateAppSigning signing;

  SigningTransport(HttpTransport delegate, PrivateAppSigning signing) {
    this.delegate = delegate;
    this.signing = signing;
  }

  @Override
  protected LowLevelHttpRequest buildRequest(String method, String url) {
    return new SignedRequest(method, url);
  }

  @Override
  public boolean supportsMethod(String method) throws IOException {
    return delegate.supportsMethod(method);
  }

  @Override
  public void shutdown() throws IOException {
    delegate.shutdown();
  }

  private LowLevelHttpRequest lowLevelRequest(String method, String url) throws IOException {
    try {
      return (LowLevelHttpRequest) BUILD_REQUEST.invoke(delegate, method, url);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("Could not build the HTTP request to Xero", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Could not build the HTTP request to Xero", e);
    }
  }

  private static Method buildRequestMethod() {
    try {
      Method method =
          HttpTransport.class.getDeclaredMethod("buildRequest", String.class, String.class);
      method.setAccessible(true);
      return method;
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Holds the headers until execution, since Authorization may come before or after the rest. */
  private final class SignedRequest extends LowLevelHttpRequest {

    private final String method;
    private final String url;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private int connectTimeout = -1;
    private int readTimeout;
    private int writeTimeout = -1;

    SignedRequest(String method, String url) {
      this.method = method;
      this.url = url;
    }

    @Override
    public void addHeader(String name, String value) {
      headers.add(Map.entry(name, value));
    }

    @Override
    public void setTimeout(int connectTimeout, int readTimeout) {
      this.connectTimeout = connectTimeout;
      this.readTimeout = readTimeout;
    }

    @Override
    public void setWriteTimeout(int writeTimeout) {
      this.writeTimeout = writeTimeout;
    }

    @Override
    public LowLevelHttpResponse execute() throws IOException {
      LowLevelHttpRequest request = lowLevelRequest(method, url);
      Optional<RequestSigner> signer = privateAppSigner();
      for (Map.Entry<String, String> header : headers) {
        if (signer.isEmpty()) {
          request.addHeader(header.getKey(), header.getValue());
        } else if (header.getKey().equalsIgnoreCase(AUTHORIZATION)) {
          request.addHeader(AUTHORIZATION, signer.get().authorization(method, URI.create(url)));
        } else if (!header.getKey().equalsIgnoreCase(TENANT_HEADER)) {
          request.addHeader(header.getKey(), header.getValue());
        }
      }
      request.setContentType(getContentType());
      request.setContentEncoding(getContentEncoding());
      request.setContentLength(getContentLength());
      request.setStreamingContent(getStreamingContent());
      if (connectTimeout >= 0) {
        request.setTimeout(connectTimeout, readTimeout);
      }
      if (writeTimeout >= 0) {
        request.setWriteTimeout(writeTimeout);
      }
      return request.execute();
    }

    private Optional<RequestSigner> privateAppSigner() {
      return headers.stream()
          .filter(h -> h.getKey().equalsIgnoreCase(AUTHORIZATION))
          .map(Map.Entry::getValue)
          .filter(v -> v.regionMatches(true, 0, BEARER, 0, BEARER.length()))
          .findFirst()
          .flatMap(v -> signing.signerFor(v.substring(BEARER.length()).trim()));
    }
  }
}
