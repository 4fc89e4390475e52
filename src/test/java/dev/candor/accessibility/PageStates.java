package dev.candor.accessibility;

import dev.candor.testing.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The states of Candor's pages that only a click reaches (a tab, a dialog, a popover, suggestions,
 * a refused form), each opened on the demo data and checked with axe-core.
 */
final class PageStates {

    private final Browser browser;
    private final AccessibilityFindings findings;

    PageStates(Browser browser, AccessibilityFindings findings) {
        this.browser = browser;
        this.findings = findings;
    }

    /**
     * Each tab of the demo opening, then the interview form's date picker and panel suggestions.
     */
    void openingTabs() {
        openTheDemoOpening();
        By tabs = By.cssSelector("[id='tabs'] .ui-tabs-nav > li > a[role='tab']");
        for (int i = 0; i < browser.findAll(tabs).size(); i++) {
            WebElement tab = browser.findAll(tabs).get(i);
            String name = tab.getText();
            tab.click();
            browser.await().until(d -> "true".equals(tab.getAttribute("aria-selected")));
            findings.check(browser, "the opening's " + name + " tab");
        }
        browser.click(By.cssSelector("[id='tabs:schedule'] .ui-datepicker-trigger"));
        browser.find(By.id("tabs:schedule:startsAt_panel"));
        findings.check(browser, "the opening's date picker, open");
        browser.click(By.cssSelector("h1"));
        browser.type(By.id("tabs:schedule:panel_input"), "Interviewer");
        browser.find(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
        findings.check(browser, "the opening's panel suggestions");
        browser.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
        browser.find(By.cssSelector("[id='tabs:schedule:panel'] .ui-autocomplete-token"));
        findings.check(browser, "the opening's panel with a person chosen");
    }

    /** The plan editor's question picker. */
    void planEditorDialog() {
        openTheDemoOpening();
        // The link is on the Plan tab, which is not the one shown.
        browser.visitUrl(
                browser.findAll(By.cssSelector("a[href*='plan.xhtml']"))
                        .get(0)
                        .getAttribute("href"));
        browser.click(By.cssSelector("button[id$=':pick']"));
        browser.find(By.id("plan:pickerDialog"));
        findings.check(browser, "the plan editor's question picker");
    }

    /** The question editor after saving an empty question: a problem at every field. */
    void questionEditorRefused() {
        browser.visit("/questions/edit.xhtml");
        browser.click(By.id("editor:save"));
        browser.find(By.cssSelector("[id='editor'] .ui-message-error"));
        findings.check(browser, "the question editor, refused");
    }

    void userMenuOpen() {
        browser.visit("/index.xhtml");
        browser.click(By.cssSelector("[id='userMenuForm:userMenu'] button"));
        browser.find(By.cssSelector("[id='userMenuForm:userMenu_menu']"));
        findings.check(browser, "the user menu, open");
    }

    /** Two candidates side by side in the comparison, and an interviewer's notes in a popover. */
    void comparisonStates() {
        browser.visit("/index.xhtml");
        browser.click(By.cssSelector("a[href*='comparison/opening.xhtml']"));
        List<WebElement> choices = browser.findAll(By.cssSelector("input.cmp-select"));
        choices.get(0).click();
        choices.get(1).click();
        browser.click(By.id("cmp:compare"));
        browser.find(By.cssSelector("[id$='sideBySide'] canvas"));
        findings.check(browser, "the comparison, two candidates side by side");
        browser.click(By.cssSelector("a[href*='comparison/candidate.xhtml']"));
        browser.click(By.cssSelector(".cmp-cell-link"));
        browser.find(By.cssSelector(".ui-overlaypanel.cmp-notes"));
        findings.check(browser, "the candidate report's notes popover");
    }

    private void openTheDemoOpening() {
        browser.visit("/openings/index.xhtml");
        browser.click(By.cssSelector("a[href*='opening.xhtml?id=']"));
        browser.find(By.id("tabs"));
    }
}
