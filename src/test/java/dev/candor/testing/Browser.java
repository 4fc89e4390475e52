package dev.candor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the machine's packages (no driver or browser download), with the flags
 * this closed network needs, driving Candor as a person would.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String LEAVING_MARK = "candorSignInPosted";

    private final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, URL deployment) {
        this.driver = driver;
        String root = deployment.toString();
        this.base = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        this.wait = new PatientWait(driver);
    }

    public static Browser open(URL deployment) {
        Environment.require(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and ChromeDriver (Debian packages chromium, chromium-driver)");
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--disable-quic",
                "--window-size=1280,900",
                "--lang=en-GB");
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .build();
        return new Browser(new ChromeDriver(service, options), deployment);
    }

    public Browser visit(String path) {
        driver.get(base + (path.startsWith("/") ? path : "/" + path));
        return this;
    }

    public Browser visitUrl(String url) {
        driver.get(url);
        return this;
    }

    /**
     * Signs in with the form and waits until the answer has replaced the sign-in page (the next
     * page, or the form saying why not): a visit made before that would abort the post and lose the
     * new session cookie.
     */
    public Browser signIn(String username, String password) {
        visit("/login.xhtml");
        type(By.id("signIn:username"), username);
        type(By.id("signIn:password"), password);
        driver.executeScript("window." + LEAVING_MARK + " = true;");
        click(By.id("signIn:submit"));
        awaitNewDocument();
        return this;
    }

    /**
     * The page marked before a full post is gone once a loaded document lacks the mark. Asking an
     * element of the old page instead fails while Chromium swaps documents ("Node with given id
     * does not belong to the document"), so any driver error in that moment only means "not yet".
     */
    private void awaitNewDocument() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(
                        d ->
                                Boolean.TRUE.equals(
                                        driver.executeScript(
                                                "return document.readyState === 'complete' && !window."
                                                        + LEAVING_MARK
                                                        + ";")));
    }

    public Browser signOut() {
        driver.manage().deleteAllCookies();
        return this;
    }

    public WebElement find(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    public Browser type(By locator, String text) {
        WebElement field = find(locator);
        if (!"input".equals(field.getTagName()) && !"textarea".equals(field.getTagName())) {
            field = field.findElement(By.tagName("input"));
        }
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
        return this;
    }

    public Browser waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
        return this;
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /**
     * Sizes the window so that the page itself (the viewport, without the browser's own bars) is
     * this wide and high, as the 1366x768 laptop and 768x1024 tablet checks mean it.
     */
    public Browser viewport(int width, int height) {
        resize(width, height);
        long innerWidth = ((Number) driver.executeScript("return window.innerWidth;")).longValue();
        long innerHeight =
                ((Number) driver.executeScript("return window.innerHeight;")).longValue();
        resize(width + (int) (width - innerWidth), height + (int) (height - innerHeight));
        return this;
    }

    /** Saves a PNG under target/screenshots, for people and for the user guide. */
    public Path screenshot(String name) {
        Path directory = Path.of(System.getProperty("candor.it.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    @Override
    public void close() {
        driver.quit();
    }

    /**
     * Asked about an element while its page is being replaced, Chromium answers "Node with given id
     * does not belong to the document" (an unknown error, not a stale element); for a wait that
     * only means "not yet".
     */
    private static final class PatientWait extends WebDriverWait {

        private WebDriverException lastSwap;

        PatientWait(WebDriver driver) {
            super(driver, Duration.ofSeconds(30));
        }

        @Override
        public <V> V until(Function<? super WebDriver, ? extends V> condition) {
            lastSwap = null;
            return super.until(
                    d -> {
                        try {
                            return condition.apply(d);
                        } catch (WebDriverException e) {
                            if (String.valueOf(e.getMessage())
                                    .contains("does not belong to the document")) {
                                lastSwap = e;
                                return null;
                            }
                            throw e;
                        }
                    });
        }

        /**
         * A wait that ran out while the page kept failing that way says so, rather than timing out
         * bare.
         */
        @Override
        protected RuntimeException timeoutException(String message, Throwable lastException) {
            return super.timeoutException(
                    message, lastException != null ? lastException : lastSwap);
        }
    }
}
