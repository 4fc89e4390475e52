package dev.candor.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Browser;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/** The first day with Candor, clicked through in Chromium: setup, signing in, adding the team. */
@CandorIntegrationTest
@RunAsClient
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityBrowserIT {

    private static Browser browser;

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = Browser.open(deployment);
        }
        return browser;
    }

    @Test
    @Order(1)
    void theOneTimeSetupLinkCreatesTheFirstAdministratorAndThenDies() {
        Path link = TestUsers.setupLinkFile();
        if (!Files.exists(link)) {
            TestUsers.admin(deployment);
            return;
        }
        String token = TestUsers.readToken(link);
        browser().visit("/setup.xhtml?token=" + token);
        browser.type(By.id("setup:displayName"), "Ada Admin");
        browser.type(By.id("setup:password"), TestUsers.ADMIN_PASSWORD);
        browser.type(By.id("setup:confirm"), "a different password");
        browser.click(By.id("setup:create"));
        browser.waitForText("The two passwords are not the same.");
        assertEquals(
                "Ada Admin",
                browser.find(By.id("setup:displayName")).getAttribute("value"),
                "what was typed is kept after a validation error");
        browser.type(By.id("setup:password"), TestUsers.ADMIN_PASSWORD);
        browser.type(By.id("setup:confirm"), TestUsers.ADMIN_PASSWORD);
        browser.screenshot("setup-first-administrator");
        browser.click(By.id("setup:create"));
        browser.waitForText("The administrator has been created");
        assertFalse(Files.exists(link), "the link file is removed once used");

        browser.visit("/setup.xhtml?token=" + token);
        browser.waitForText("This setup link is not valid");
    }

    @Test
    @Order(2)
    void aWrongPasswordShowsAClearMessageAndKeepsTheUsername() {
        browser().signIn(TestUsers.ADMIN, "not the password");
        browser.waitForText("That username and password do not match");
        assertEquals(TestUsers.ADMIN, browser.find(By.id("signIn:username")).getAttribute("value"));
        browser.screenshot("sign-in-failed");
    }

    @Test
    @Order(3)
    void theAdministratorAddsARecruiterAnInterviewerAndAHiringManager() {
        browser().signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        browser.waitForText("Administration");
        browser.visit("/admin/users.xhtml");
        addPerson("rita-browser", "Rita Recruiter", "RECRUITER");
        addPerson("ivan-browser", "Ivan Interviewer", "INTERVIEWER");
        addPerson("hana-browser", "Hana Manager", "HIRING_MANAGER");
        browser.screenshot("admin-users");
        assertTrue(browser.pageText().contains("hana-browser"));
    }

    @Test
    @Order(4)
    void eachPersonSeesTheHomePageOfTheirRole() {
        assertHome("rita-browser", "Question bank and openings", "homeRecruiter");
        assertHome("ivan-browser", "Your interviews", "homeInterviewer");
        assertHome("hana-browser", "Your openings", "homeHiringManager");
        assertTrue(
                browser.findAll(By.id("homeAdmin")).isEmpty(),
                "a hiring manager sees no administration panel");
        browser.visit("/admin/users.xhtml");
        browser.waitForText("Not for you");
    }

    @Test
    @Order(5)
    void aSignedOutPersonIsSentToSignInAndBackWhereTheyWereGoing() {
        browser().signOut();
        browser.visit("/account.xhtml");
        browser.find(By.id("signIn:username"));
        browser.type(By.id("signIn:username"), "ivan-browser");
        browser.type(By.id("signIn:password"), TestUsers.PASSWORD);
        browser.click(By.id("signIn:submit"));
        browser.waitForText("Personal API tokens");
        assertTrue(browser.path().startsWith("/account.xhtml"), browser.path());
    }

    @Test
    @Order(6)
    void aDeactivatedPersonCannotSignIn() {
        browser().signOut().signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        browser.visit("/admin/users.xhtml");
        browser.click(
                By.xpath(
                        "//tr[td[normalize-space()='ivan-browser']]//button[.//span[text()='Deactivate']]"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText("ivan-browser has been deactivated");
        browser.signOut().signIn("ivan-browser", TestUsers.PASSWORD);
        browser.waitForText("This account has been deactivated");
    }

    @Test
    @Order(7)
    void peopleChangeTheirOwnPasswordAndCreateAnApiToken() {
        browser().signOut().signIn("rita-browser", TestUsers.PASSWORD);
        browser.visit("/account.xhtml");
        browser.type(By.id("password:currentPassword"), TestUsers.PASSWORD);
        browser.type(By.id("password:newPassword"), "a brand new password");
        browser.type(By.id("password:confirm"), "a brand new password");
        browser.click(By.id("password:change"));
        browser.waitForText("Your password has been changed.");
        browser.type(By.id("tokens:name"), "reporting script");
        browser.click(By.id("tokens:issue"));
        browser.waitForText("Copy this token now");
        String token = browser.find(By.id("issuedSecret")).getText();
        assertTrue(token.startsWith("cnd_"), token);
        browser.screenshot("my-account-token");
        assertEquals(
                200,
                dev.candor.testing.ApiClient.withToken(deployment, token)
                        .get("api/v1/me")
                        .status());
        browser.signOut().signIn("rita-browser", "a brand new password");
        browser.waitForText("Question bank and openings");
    }

    private void addPerson(String username, String displayName, String role) {
        browser.type(By.id("newUser:username"), username);
        browser.type(By.id("newUser:displayName"), displayName);
        browser.click(
                By.xpath(
                        "//table[@id='newUser:roles']//label[text()='"
                                + roleLabel(role)
                                + "']"
                                + " | //div[@id='newUser:roles']//label[text()='"
                                + roleLabel(role)
                                + "']"));
        browser.type(By.id("newUser:password"), TestUsers.PASSWORD);
        browser.click(By.id("newUser:create"));
        browser.waitForText(username + " can now sign in.");
    }

    private static String roleLabel(String role) {
        return switch (role) {
            case "RECRUITER" -> "Recruiter";
            case "INTERVIEWER" -> "Interviewer";
            case "HIRING_MANAGER" -> "Hiring manager";
            default -> "Administrator";
        };
    }

    private void assertHome(String username, String panelTitle, String panelId) {
        browser().signOut().signIn(username, TestUsers.PASSWORD);
        browser.waitForText(panelTitle);
        assertFalse(browser.findAll(By.id(panelId)).isEmpty());
        browser.screenshot("home-" + username);
    }
}
