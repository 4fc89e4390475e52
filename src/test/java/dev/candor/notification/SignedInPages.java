package dev.candor.notification;

import dev.candor.testing.TestUsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pages as a signed-in person reads them (pages take the sign-in form, not HTTP Basic). */
final class SignedInPages {

    private final HttpClient http =
            HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
    private final String base;

    private SignedInPages(URL deployment) {
        base = deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/";
    }

    static SignedInPages as(URL deployment, String username, String password) {
        SignedInPages pages = new SignedInPages(deployment);
        Matcher state =
                Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                        .matcher(pages.get("login.xhtml"));
        if (!state.find()) {
            throw new AssertionError("no view state on the sign-in page");
        }
        String form =
                "signIn=signIn&signIn%3Ausername="
                        + enc(username)
                        + "&signIn%3Apassword="
                        + enc(password)
                        + "&signIn%3Asubmit=&jakarta.faces.ViewState="
                        + enc(state.group(1));
        pages.send(
                HttpRequest.newBuilder(URI.create(pages.base + "login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        return pages;
    }

    static SignedInPages as(URL deployment, String username) {
        return as(deployment, username, TestUsers.PASSWORD);
    }

    String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET()).body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
