package com.quoox.xero.it.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core run on the page as it is now: a serious or critical violation fails the test,
 * named with the elements at fault. Lesser ones (moderate, minor) are left to judgement.
 */
final class Accessibility {

  private static final Set<String> FAILING = Set.of("serious", "critical");

  private Accessibility() {}

  static void audit(WebDriver driver, String state) {
    Results results = new AxeBuilder().analyze(driver);
    if (results.isErrored()) {
      fail("axe-core could not audit " + state + ": " + results.getErrorMessage());
    }
    List<Rule> failing =
        results.getViolations().stream().filter(r -> FAILING.contains(r.getImpact())).toList();
    if (!failing.isEmpty()) {
      fail(
          "Accessibility violations in "
              + state
              + ":\n"
              + failing.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
    }
  }

  private static String describe(Rule rule) {
    return "- "
        + rule.getImpact()
        + " "
        + rule.getId()
        + ": "
        + rule.getHelp()
        + rule.getNodes().stream()
            .map(n -> "\n    " + n.getTarget() + " " + n.getHtml())
            .collect(Collectors.joining());
  }
}
