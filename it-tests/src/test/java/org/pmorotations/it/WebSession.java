package org.pmorotations.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for the tests: keeps cookies, does not follow redirects (so a test
 * sees them), signs in through the real sign-in form, and calls the API with HTTP Basic.
 */
public final class WebSession {

    /** The password of the demo accounts, given to the server under test as DEMO_PASSWORD. */
    public static final String DEMO_PASSWORD = System.getProperty("it.demoPassword", "Rotations-Demo-2026");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's CSP nonce, which PrimeFaces' script adds to every form post as primefaces.nonce. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebSession(URL base) {
        this.base = URI.create(base.toExternalForm());
        // HTTP/1.1, as browsers (which never speak HTTP/2 without TLS) and proxies speak to the
        // server. The JDK's default, an upgrade to HTTP/2 on each new connection, meets a defect
        // of the server's HTTP/2: it keeps some finished streams, and with them their response
        // buffers, until the connection closes. With the statement count's buffering (4 MB per
        // response) that filled the test server's 1 GB heap within about 10,000 requests.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A client that presents the session cookie {@code sessionId}, as a browser still holding it does. */
    public static WebSession withSession(URL base, String sessionId) {
        WebSession session = new WebSession(base);
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        session.cookies.getCookieStore().add(session.base, cookie);
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET of a download: the body as the bytes sent. */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    /** GET with HTTP Basic credentials, as an API client sends them. */
    public HttpResponse<String> getAs(String path, String username, String password) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(username, password)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Fills and submits the sign-in form as a person would.
     *
     * @return the response to the submission: a redirect when signed in, the form again when refused
     */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return signIn(username, password, "");
    }

    /** The same, from the sign-in page that was to lead back to {@code continueTo}. */
    public HttpResponse<String> signIn(String username, String password, String continueTo) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("username", username);
        fields.put("password", password);
        fields.put("continue", continueTo);
        fields.put("signIn", "");
        fields.put("jakarta.faces.ViewState", viewState(form.body()));
        fields.put("primefaces.nonce", nonce(form.body()));
        return post("/login.xhtml", fields);
    }

    /** Presses "Sign out", which every page has: a plain post to {@code /signout}. */
    public HttpResponse<String> signOut() throws IOException, InterruptedException {
        return post("/signout", Map.of());
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = form(fields);
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code fields} as a browser sends a form: application/x-www-form-urlencoded. */
    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("No view state on the page:\n" + page);
        }
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    public static String nonce(String page) {
        Matcher matcher = NONCE.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("No CSP nonce on the page:\n" + page);
        }
        return matcher.group(1);
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    public URI uri(String path) {
        return base.resolve(path);
    }
}
