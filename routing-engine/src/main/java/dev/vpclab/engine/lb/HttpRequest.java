package dev.vpclab.engine.lb;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of an HTTP request an Application Load Balancer's rules look at.
 *
 * @param host the Host header (a ":port" suffix is ignored when matching), or null
 * @param path the path, without the query string ("/api/v1")
 * @param method the method, e.g. "GET" (matched case-sensitively)
 * @param headers header name → value (names matched case-insensitively)
 * @param queryString the query string without "?", e.g. "version=2&lang=ko", or empty
 */
public record HttpRequest(String host, String path, String method, Map<String, String> headers, String queryString) {

    /** A GET of "/" with no headers. */
    public static final HttpRequest DEFAULT = new HttpRequest(null, "/", "GET", Map.of(), "");

    /** Normalises. */
    public HttpRequest {
        host = host == null || host.isBlank() ? null : host.trim();
        path = path == null || path.isBlank() ? "/" : path;
        int q = path.indexOf('?');
        if (q >= 0) {
            if (queryString == null || queryString.isBlank()) {
                queryString = path.substring(q + 1);
            }
            path = path.substring(0, q);
        }
        if (path.isEmpty() || path.charAt(0) != '/') {
            path = "/" + path;
        }
        method = method == null || method.isBlank() ? "GET" : method.trim();
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((k, v) -> h.put(k, v == null ? "" : v));
        }
        headers = java.util.Collections.unmodifiableMap(h);
        queryString = queryString == null ? "" : queryString;
    }

    /**
     * @param host Host header
     * @param path path
     * @param method method
     * @return a request without extra headers or query
     */
    public static HttpRequest of(String host, String path, String method) {
        return new HttpRequest(host, path, method, Map.of(), "");
    }

    /** @return the host without a port, lower case, or null */
    public String hostName() {
        if (host == null) {
            return null;
        }
        int colon = host.lastIndexOf(':');
        String h = colon > 0 && host.indexOf(']') < colon ? host.substring(0, colon) : host;
        return h.toLowerCase(Locale.ROOT);
    }

    /**
     * @param name a header name, any case
     * @return its value, or null
     */
    public String header(String name) {
        if ("host".equalsIgnoreCase(name)) {
            return host;
        }
        return headers.get(name);
    }
}
