package dev.jobdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium (Debian's package, never a download), driven the way they use
 * Jobdesk: by the labels and buttons they see. Closing it hands the Chromium, signed out, to the next test.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int DESKTOP = 1280;
    static final int PHONE = 375;
    /**
     * How long a page, a script or an element may take to arrive. Generous, because the tests must
     * pass on a busy 2-core machine: waits end as soon as their condition holds, so this costs
     * nothing when the machine is quick.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** How long a lookup waits for an element a script may still be adding. */
    private static final Duration FIND_PATIENCE = Duration.ofSeconds(10);

    /**
     * Started Chromiums no test is using, by whether they run scripts. Starting one costs a second or
     * two on a busy machine, so a test takes an idle one, and leaves it signed out and blank for the next.
     */
    private static final Map<Boolean, Deque<Chromium>> IDLE = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.values().forEach(idle -> idle.forEach(Chromium::quit))));
    }

    private final Chromium chromium;
    private final ChromeDriver driver;
    private final String base;

    /** One started Chromium, with its own profile folder so that no two share cookies. */
    private record Chromium(ChromeDriver driver, Path profile, boolean javaScript) {

        static Chromium start(boolean javaScript) throws IOException {
            Path profile = Files.createTempDirectory("jobdesk-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            if (!javaScript) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + DESKTOP + ",900");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(FIND_PATIENCE).pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
            return new Chromium(driver, profile, javaScript);
        }

        void quit() {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // A leftover temporary profile is harmless.
            }
        }
    }

    private Browser(URL base, Chromium chromium) {
        this.base = base.toString().replaceAll("/$", "");
        this.chromium = chromium;
        this.driver = chromium.driver();
    }

    /**
     * A browser, or the test is skipped when this machine has no Chromium. Under CI a missing
     * browser is a failure: CI installs it, so a skip there would hide a broken set-up.
     */
    public static Browser open(URL base) {
        return open(base, true);
    }

    /** A browser whose pages run no script at all, as some people and tools browse. */
    public static Browser openWithoutJavaScript(URL base) {
        return open(base, false);
    }

    private static Browser open(URL base, boolean javaScript) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            String message = "Chromium or chromedriver missing: apt-get install -y chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        Chromium idle = IDLE.computeIfAbsent(javaScript, key -> new ConcurrentLinkedDeque<>()).poll();
        try {
            return new Browser(base, idle != null ? idle : Chromium.start(javaScript));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code path} on a screen, as a page printed before it is no longer. */
    public Browser go(String path) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        driver.get(base + path);
        return this;
    }

    /** Reloads the page as a person does: the browser asks again even for a page it keeps a copy of. */
    public Browser reload() {
        driver.navigate().refresh();
        return this;
    }

    public Browser signIn(String username) {
        go("/login");
        type("Username", username);
        type("Password", "jobdesk-demo");
        press("Sign in");
        return this;
    }

    /** Types into the field labelled {@code label}, replacing what was there. */
    public Browser type(String label, String text) {
        WebElement field = reach(field(label));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser typeInto(String id, String text) {
        WebElement field = reach(driver.findElement(By.id(id)));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser choose(String label, String option) {
        new Select(field(label)).selectByVisibleText(option);
        return this;
    }

    /** Clicks the first button showing or named exactly {@code text} and waits for the page it leads to. */
    public Browser press(String text) {
        return navigateBy(reach(driver.findElement(By.xpath(
                "//button[normalize-space()='" + text + "' or @aria-label='" + text + "']"))));
    }

    /** Clicks the button named {@code label} (its text or aria-label) that acts on the page without leaving it. */
    public Browser click(String label) {
        reach(driver.findElement(By.xpath("//button[@aria-label='" + label + "' or normalize-space()='" + label + "']"))).click();
        return this;
    }

    /** Clicks the button named {@code label} within the part of the page {@code css} names, as {@link #click}. */
    public Browser clickIn(String css, String label) {
        reach(driver.findElement(By.cssSelector(css)).findElement(By.xpath(
                ".//button[@aria-label='" + label + "' or normalize-space()='" + label + "']"))).click();
        return this;
    }

    /** Whether the field with id {@code id} is shown, not folded away in a closed section. */
    public boolean shown(String id) {
        return driver.findElement(By.id(id)).isDisplayed();
    }

    /** Whether the button named {@code label} (its aria-label) can be pressed. */
    public boolean enabled(String label) {
        return driver.findElement(By.xpath("//button[@aria-label='" + label + "']")).isEnabled();
    }

    /** The text of the label of the field with id {@code id}, as a screen reader announces it. */
    public String labelOf(String id) {
        return driver.findElement(By.cssSelector("label[for='" + id + "']")).getAttribute("textContent").strip();
    }

    /** Opens the collapsed editor section titled {@code title}, as a click on its summary line does. */
    public Browser openSection(String title) {
        WebElement summary = driver.findElement(By.xpath(
                "//details[not(@open)]/summary[span[@class='section-title' and normalize-space()='" + title + "']]"));
        reach(summary).click();
        return this;
    }

    /** Presses a button that asks for confirmation first, and confirms. */
    public Browser pressAndConfirm(String text) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.xpath("//button[normalize-space()='" + text + "']")).click();
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.alertIsPresent()).accept();
        return awaitNewPage(page);
    }

    public Browser follow(String linkText) {
        return navigateBy(driver.findElement(By.linkText(linkText)));
    }

    private Browser navigateBy(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        return awaitNewPage(page);
    }

    /** Until the old page is gone (Chrome reports that in more than one way) and the new one is loaded. */
    private Browser awaitNewPage(WebElement oldPage) {
        new WebDriverWait(driver, PATIENCE).until(browser -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(driver, PATIENCE).until(browser ->
                "complete".equals(((JavascriptExecutor) browser).executeScript("return document.readyState")));
        return this;
    }

    /** The browser window's size, as a laptop (1280) or a phone (375) has it. */
    public Browser width(int width) {
        driver.manage().window().setSize(new Dimension(width, width == DESKTOP ? 900 : 740));
        return this;
    }

    /** The height of the whole page, in CSS pixels. */
    public long pageHeight() {
        return (Long) script("return document.documentElement.scrollHeight");
    }

    /** Whether the page is wider than the window, so that reading it needs sideways scrolling. */
    public boolean scrollsSideways() {
        return (Boolean) script("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    /** The elements that reach past the window's right edge, innermost first: what makes a page scroll sideways. */
    @SuppressWarnings("unchecked")
    public List<String> widerThanWindow() {
        return (List<String>) script("var width = document.documentElement.clientWidth; var found = [];"
                + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                + " if (r.right > width + 1 && r.width > 0) { found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + " + (e.className && e.className.baseVal === undefined ? '.' + e.className.split(' ').join('.') : '')"
                + " + ' ' + Math.round(r.right)); } }); return found.reverse().slice(0, 8);");
    }

    /** Shows the page as a printer gets it: the stylesheet's print rules apply until the next {@link #go}. */
    public Browser asPrinted() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        return this;
    }

    /** Whether the element {@code css} names takes up room on the page (none of it hidden by a rule). */
    public boolean takesRoom(String css) {
        return (Boolean) script("var e = document.querySelector(arguments[0]); if (!e) return false;"
                + "var r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0", css);
    }

    /** How many sheets the page prints on, at the paper size given in inches. */
    public int printedPages(double widthInches, double heightInches) {
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", widthInches,
                "paperHeight", heightInches, "printBackground", false));
        String document = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
        return (int) Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(document).results().count();
    }

    /** Whether the element {@code css} names is shown and lies wholly within the window as it is scrolled now. */
    public boolean inView(String css) {
        return (Boolean) script("var e = document.querySelector(arguments[0]); if (!e) return false;"
                + "var r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.top >= 0"
                + " && r.bottom <= window.innerHeight + 1", css);
    }

    /** Scrolls the window to the middle of the page. */
    public Browser scrollHalfway() {
        script("window.scrollTo(0, document.documentElement.scrollHeight / 2 - window.innerHeight / 2)");
        return this;
    }

    /** Scrolls the window to the bottom of the page. */
    public Browser scrollToEnd() {
        script("window.scrollTo(0, document.documentElement.scrollHeight)");
        return this;
    }

    /**
     * Whether leaving the page now would ask first: the page cancels the beforeunload event it is sent,
     * which is what makes a browser ask "Leave site?". (Headless Chromium leaves that dialog to the
     * driver, which accepts it unseen, so the test asks the page itself.)
     */
    public boolean wouldAskBeforeLeaving() {
        return (Boolean) script("var leaving = new Event('beforeunload', {cancelable: true});"
                + "window.dispatchEvent(leaving); return leaving.defaultPrevented;");
    }

    /** Scrolls {@code element} to the middle of the window, clear of the sticky bars a person scrolls past. */
    private WebElement reach(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    public List<String> values(String name) {
        return driver.findElements(By.name(name)).stream().map(element -> element.getAttribute("value")).toList();
    }

    private WebElement field(String label) {
        WebElement labelElement = driver.findElement(By.xpath("//label[normalize-space(text()[1])='" + label + "']"));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    /**
     * Screenshots under target/screenshots: the first screenful and the full page, at desktop and
     * phone width.
     */
    public Browser screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (int width : new int[] {DESKTOP, PHONE}) {
                driver.manage().window().setSize(new Dimension(width, width == DESKTOP ? 800 : 740));
                Files.write(SCREENSHOTS.resolve(name + "-" + width + "-screen.png"), driver.getScreenshotAs(OutputType.BYTES));
                long height = (Long) ((JavascriptExecutor) driver)
                        .executeScript("return document.documentElement.scrollHeight");
                driver.manage().window().setSize(new Dimension(width, (int) Math.min(height, 8000)));
                Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            }
            driver.manage().window().setSize(new Dimension(DESKTOP, 900));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * axe-core on the current page: no serious or critical violation. In legacy mode axe runs inside
     * the page itself; otherwise it opens a tab of its own and switches to it and back, which failed
     * ("switchToWindow failed") when the machine was busy. Jobdesk's pages have no frames, the one
     * thing the other mode is for.
     */
    public Browser assertAccessible() {
        // axe looks for frames that are not there: without this, each look would wait out FIND_PATIENCE.
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        Results results;
        try {
            results = new AxeBuilder().setLegacyMode(true)
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(driver);
        } finally {
            driver.manage().timeouts().implicitlyWait(FIND_PATIENCE);
        }
        List<String> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe).toList();
        assertThat(severe).as("accessibility of %s", path()).isEmpty();
        return this;
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList();
    }

    @Override
    public void close() {
        try {
            // Cookies are deleted for the page's own site: go there first.
            go("/robots.txt");
            driver.manage().deleteAllCookies();
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.get("about:blank");
            driver.manage().window().setSize(new Dimension(DESKTOP, 900));
            IDLE.get(chromium.javaScript()).push(chromium);
        } catch (WebDriverException broken) {
            chromium.quit();
        }
    }
}
