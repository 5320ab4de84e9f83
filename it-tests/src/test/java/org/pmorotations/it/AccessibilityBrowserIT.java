package org.pmorotations.it;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every screen, as the role that uses it sees it, audited by axe-core (the WCAG 2.0, 2.1 and 2.2 A and AA rules)
 * in headless Chromium: no "serious" or "critical" violation. Minor and moderate findings are
 * printed, not failed.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@Browser.ReadsOnly
class AccessibilityBrowserIT {

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String TARGET_SIZE = "target-size";

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource(delimiter = '|', value = {
            "-           | /login.xhtml",
            "-           | /no-such-page.xhtml",
            "pmo.manager | /index.xhtml",
            "leader      | /index.xhtml",
            "staff       | /index.xhtml",
            "pmo.manager | /staff/view.xhtml?employee=E10001",
            "staff       | /staff/view.xhtml?employee={own}",
            "staff       | /staff/view.xhtml?employee={other}",
            "admin       | /admin/accounts.xhtml",
            "admin       | /admin/policy.xhtml",
            "leader      | /audit/index.xhtml",
            "pmo.manager | /rotations/board.xhtml",
            "pmo.manager | /rotations/schedule.xhtml?employee=E10001",
            "pmo.manager | /rotations/view.xhtml?id={rotation}",
            "pmo.manager | /staff/index.xhtml",
            "pmo.manager | /staff/edit.xhtml?employee=E10001",
            "pmo.manager | /staff/edit.xhtml",
            "admin       | /staff/import.xhtml",
            "pmo.manager | /projects/import.xhtml",
            "pmo.manager | /pmos/index.xhtml",
            "pmo.manager | /pmos/edit.xhtml?code=FIN-PMO",
            "admin       | /pmos/edit.xhtml",
            "pmo.manager | /calendar/index.xhtml",
            "pmo.manager | /rotations/index.xhtml",
            "pmo.manager | /rotations/schedule.xhtml?rotation={proposal}",
            "pmo.manager | /projects/index.xhtml",
            "pmo.manager | /projects/view.xhtml?code={project}",
            "leader      | /reports/dashboard.xhtml",
            "leader      | /reports/at-risk.xhtml",
            "pmo.manager | /reports/bench.xhtml",
            "leader      | /rotations/index.xhtml?returnedTo=2030-01-01",
            "staff       | /staff/mine.xhtml",
            "leader      | /rotations/returns.xhtml",
    })
    void hasNoSeriousOrCriticalViolations(String user, String path) throws Exception {
        if (!user.equals("-")) {
            Browser.signIn(browser, base, user, WebSession.DEMO_PASSWORD);
        }
        String rotation = path.contains("{rotation}")
                ? Database.strings("SELECT CAST(MIN(id) AS VARCHAR(20)) FROM rotation WHERE status = 'ACTIVE'").get(0) : "";
        String proposal = path.contains("{proposal}")
                ? Database.strings("SELECT CAST(MIN(id) AS VARCHAR(20)) FROM rotation WHERE status = 'PROPOSED'").get(0) : "";
        String project = path.contains("{project}") ? Database.strings("SELECT MIN(code) FROM project WHERE end_date IS NULL").get(0) : "";
        String page = path.replace("{project}", project).replace("{own}", SecurityIT.ownEmployeeNumber()).replace("{other}", SecurityIT.otherEmployeeNumber())
                .replace("{rotation}", rotation).replace("{proposal}", proposal);
        browser.get(Browser.page(base, page));
        assertFalse(browser.findElement(By.tagName("h1")).getText().isBlank(), "the page rendered: " + browser.getCurrentUrl());

        Browser.screenshot(browser, path.replace(".xhtml", "").substring(1) + "-as-" + user);
        Results results = new AxeBuilder().withOptions(wcagAndTargetSize()).analyze(browser);
        assertFalse(results.isErrored(), () -> "axe-core ran: " + results.getErrorMessage());
        assertTrue(java.util.stream.Stream.of(results.getPasses(), results.getViolations(), results.getIncomplete(), results.getInapplicable())
                .flatMap(List::stream).anyMatch(rule -> rule.getId().equals(TARGET_SIZE)), "the WCAG 2.2 target size rule ran");
        List<Rule> violations = results.getViolations();
        violations.stream().filter(rule -> !FAILING_IMPACTS.contains(rule.getImpact()))
                .forEach(rule -> System.out.println("axe " + rule.getImpact() + " on " + page + ": " + describe(rule)));
        String serious = violations.stream().filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .map(AccessibilityBrowserIT::describe).collect(Collectors.joining("\n"));
        assertEquals("", serious, "serious or critical accessibility violations on " + page);
        assertTrue(results.getPasses().size() > 10, "axe-core checked the page for real");
    }

    /**
     * The rules of the WCAG tags, and the 2.2 target size rule (2.5.8, 24 by 24 pixels), which axe-core
     * leaves off by default even when its tag is asked for.
     */
    private static AxeRunOptions wcagAndTargetSize() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG);
        AxeRuleOptions on = new AxeRuleOptions();
        on.setEnabled(true);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setRules(Map.of(TARGET_SIZE, on));
        return options;
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }
}
