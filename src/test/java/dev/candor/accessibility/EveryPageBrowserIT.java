package dev.candor.accessibility;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Browser;
import dev.candor.testing.Environment;
import dev.candor.testing.LaunchedCandor;
import dev.candor.testing.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * axe-core on every page each role reaches by following links from its home page, on Candor with
 * the demo data (an opening with a plan, candidates, interviews and scorecards in every state), and
 * on the states links do not reach (tabs, dialogs, a form showing its errors): no serious or
 * critical WCAG 2.x A/AA violation anywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageBrowserIT {

    /** Each role reaches 40 to 80 of the demo's pages; a loop in the links would stop here. */
    private static final int MOST_PAGES_PER_ROLE = 150;

    private LaunchedCandor candor;

    @BeforeAll
    void launchWithTheDemoData() throws Exception {
        Path target = Path.of(System.getProperty("candor.war", "target/candor.war")).getParent();
        Environment.require(
                Files.isRegularFile(target.resolve("candor-launcher.jar")),
                "target/candor-launcher.jar (mvn package)");
        candor =
                LaunchedCandor.start(
                        Files.createTempDirectory(target, "every-page-"),
                        null,
                        Map.of("CANDOR_DEMO", "true", "CANDOR_DEMO_PASSWORD", TestUsers.PASSWORD));
    }

    @AfterAll
    void stop() {
        if (candor != null) {
            candor.close();
        }
    }

    @Test
    void every_page_the_administrator_reaches_has_no_serious_accessibility_violation() {
        crawlAs(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, "the administrator", 40);
    }

    @Test
    void every_page_the_recruiter_reaches_has_no_serious_accessibility_violation() {
        crawlAs("recruiter", TestUsers.PASSWORD, "the recruiter", 40);
    }

    @Test
    void every_page_the_hiring_manager_reaches_has_no_serious_accessibility_violation() {
        crawlAs("manager", TestUsers.PASSWORD, "the hiring manager", 40);
    }

    @Test
    void every_page_an_interviewer_reaches_has_no_serious_accessibility_violation() {
        crawlAs("interviewer1", TestUsers.PASSWORD, "an interviewer", 20);
    }

    /** The demo holds one interview in the past whose scorecard interviewer1 has only begun. */
    @Test
    void the_demo_interviewer_is_reminded_of_the_scorecard_they_have_not_submitted() {
        try (Browser browser = Browser.open(candor.url())) {
            browser.signIn("interviewer1", TestUsers.PASSWORD);
            browser.visit("/index.xhtml");
            String banner = browser.find(By.id("scorecardBanner")).getText();
            assertTrue(banner.contains("waiting"), banner);
        }
    }

    @Test
    void the_sign_in_and_error_pages_have_no_serious_accessibility_violation() {
        AccessibilityFindings findings = new AccessibilityFindings("signed out");
        try (Browser browser = Browser.open(candor.url())) {
            browser.visit("/login.xhtml");
            findings.check(browser, "/login.xhtml");
            browser.type(By.id("signIn:username"), "nobody");
            browser.type(By.id("signIn:password"), "wrong password");
            browser.click(By.id("signIn:submit"));
            browser.find(By.cssSelector(".ui-message, .ui-messages"));
            findings.check(browser, "/login.xhtml, refused");
            browser.visit("/no-such-page.xhtml");
            findings.check(browser, "a page that does not exist");
            browser.signIn("interviewer1", TestUsers.PASSWORD);
            browser.visit("/admin/users.xhtml");
            findings.check(browser, "a page an interviewer may not see");
        }
        findings.assertNone();
    }

    @Test
    void the_recruiters_tabs_dialogs_and_refused_forms_have_no_serious_accessibility_violation() {
        AccessibilityFindings findings = new AccessibilityFindings("the recruiter's states");
        try (Browser browser = Browser.open(candor.url())) {
            browser.viewport(1366, 768);
            browser.signIn("recruiter", TestUsers.PASSWORD);
            PageStates states = new PageStates(browser, findings);
            states.openingTabs();
            states.planEditorDialog();
            states.questionEditorRefused();
            states.userMenuOpen();
        }
        findings.assertNone();
    }

    @Test
    void the_hiring_managers_notes_popover_and_side_by_side_have_no_serious_violation() {
        AccessibilityFindings findings = new AccessibilityFindings("the hiring manager's states");
        try (Browser browser = Browser.open(candor.url())) {
            browser.viewport(1366, 768);
            browser.signIn("manager", TestUsers.PASSWORD);
            new PageStates(browser, findings).comparisonStates();
        }
        findings.assertNone();
    }

    @Test
    void the_administrators_refused_new_person_form_has_no_serious_accessibility_violation() {
        AccessibilityFindings findings = new AccessibilityFindings("the administrator's states");
        try (Browser browser = Browser.open(candor.url())) {
            browser.viewport(1366, 768);
            browser.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
            browser.visit("/admin/users.xhtml");
            browser.click(By.id("newUser:create"));
            browser.find(By.cssSelector("[id='newUser'] .ui-message-error, .ui-messages-error"));
            findings.check(browser, "/admin/users.xhtml, the new person refused");
        }
        findings.assertNone();
    }

    private void crawlAs(String username, String password, String who, int leastPages) {
        AccessibilityFindings findings = new AccessibilityFindings(who);
        try (Browser browser = Browser.open(candor.url())) {
            browser.viewport(1366, 768);
            browser.signIn(username, password);
            new PageCrawl(browser, candor.url().toString(), MOST_PAGES_PER_ROLE)
                    .visitEach(page -> findings.check(browser, page));
        }
        assertTrue(
                findings.pages() >= leastPages,
                who + " reached only " + findings.pages() + " pages: the crawl lost its way");
        findings.assertNone();
    }
}
