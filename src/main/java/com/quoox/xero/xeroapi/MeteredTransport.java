package com.quoox.xero.xeroapi;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;
import java.io.IOException;

/**
 * The SDK's transport with every answered call measured by {@link XeroCallMeter}. A transport, as
 * {@link SigningTransport} is, because the SDK builds its requests from the transport with its own
 * initializer (the bearer token) and never uses the {@code ApiClient}'s.
 */
final class MeteredTransport extends HttpTransport {

  private static final String TENANT_HEADER = "xero-tenant-id";

  private final SigningTransport delegate;
  private final XeroCallMeter meter;

  MeteredTransport(SigningTransport delegate, XeroCallMeter meter) {
    this.delegate = delegate;
    this.meter = meter;
  }

  @Override
  protected LowLevelHttpRequest buildRequest(String method, String url) throws IOException {
    return new MeteredRequest(method, delegate.buildRequest(method, url));
  }

  @Override
  public boolean supportsMethod(String method) throws IOException {
    return delegate.supportsMethod(method);
  }

  @Override
  public void shutdown() throws IOException {
    delegate.shutdown();
  }

  private final class MeteredRequest extends LowLevelHttpRequest {

    private final String method;
    private final LowLevelHttpRequest request;
    private String tenant;

    MeteredRequest(String method, LowLevelHttpRequest request) {
      this.method = method;
      this.request = request;
    }

    @Override
    public void addHeader(String name, String value) throws IOException {
      if (name.equalsIgnoreCase(TENANT_HEADER)) {
        tenant = value;
      }
      request.addHeader(name, value);
    }

    @Override
    public void setTimeout(int connectTimeout, int readTimeout) throws IOException {
      request.setTimeout(connectTimeout, readTimeout);
    }

    @Override
    public void setWriteTimeout(int writeTimeout) throws IOException {
      request.setWriteTimeout(writeTimeout);
    }

    @Override
    public LowLevelHttpResponse execute() throws IOException {
      request.setContentType(getContentType());
      request.setContentEncoding(getContentEncoding());
      request.setContentLength(getContentLength());
      request.setStreamingContent(getStreamingContent());
      long startedAt = System.nanoTime();
      LowLevelHttpResponse response = request.execute();
      meter.answered(method, response, System.nanoTime() - startedAt, tenant);
      return response;
    }
  }
}
