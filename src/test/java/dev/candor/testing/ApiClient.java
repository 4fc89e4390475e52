package dev.candor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls Candor's REST API as one person (HTTP Basic), a token holder, or nobody. */
public final class ApiClient {

    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    private final URI base;
    private final String authorization;

    private ApiClient(URL deployment, String authorization) {
        String root =
                deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/";
        this.base = URI.create(root);
        this.authorization = authorization;
    }

    public static ApiClient anonymous(URL deployment) {
        return new ApiClient(deployment, null);
    }

    public static ApiClient as(URL deployment, String username, String password) {
        String pair = username + ":" + password;
        return new ApiClient(
                deployment,
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    public static ApiClient withToken(URL deployment, String token) {
        return new ApiClient(deployment, "Bearer " + token);
    }

    public ApiResponse get(String path) {
        return send(request(path).GET());
    }

    public ApiResponse post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    public ApiResponse post(String path, String contentType, String content) {
        return send(request(path).header("Content-Type", contentType).POST(body(content)));
    }

    public ApiResponse put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
    }

    /** A change based on the read that answered {@code etag}. */
    public ApiResponse putIfMatch(String path, String json, String etag) {
        return send(
                request(path)
                        .header("Content-Type", "application/json")
                        .header("If-Match", etag)
                        .PUT(body(json)));
    }

    /** A body that is not text (a PDF): sent as bytes with its declared type. */
    public ApiResponse put(String path, String contentType, byte[] content) {
        return send(
                request(path)
                        .header("Content-Type", contentType)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A download, e.g. a PDF, as the bytes it is. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public ApiResponse patch(String path, String json) {
        return send(
                request(path)
                        .header("Content-Type", "application/json")
                        .method("PATCH", body(json)));
    }

    public ApiResponse delete(String path) {
        return send(request(path).DELETE());
    }

    /** A path relative to the deployment, e.g. "api/v1/me". */
    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", "application/json, application/problem+json, */*");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher body(String content) {
        return HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8);
    }

    private static ApiResponse send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(
                            request.build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
