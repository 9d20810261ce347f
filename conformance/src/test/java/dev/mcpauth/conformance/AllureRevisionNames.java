package dev.mcpauth.conformance;

import java.util.ArrayList;
import java.util.List;

import dev.mcpauth.conformance.targets.HarnessSettings;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseStarted;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Parameter;

/**
 * Names each Allure result after its revision, as the JUnit names do ({@code [2025-11-25] scenario}), and keeps the
 * runs of one scenario in several revisions apart: Allure would otherwise take them for retries of one test. Listed
 * after the Allure plugin, so that the result it renames has been started.
 */
public final class AllureRevisionNames implements ConcurrentEventListener {

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, event -> {
            String revision = Boolean.getBoolean(HarnessSettings.RUN_ANY_REVISION) ? "authorization server"
                    : System.getProperty(HarnessSettings.RUN_REVISION, "");
            if (revision.isEmpty()) {
                return;
            }
            Allure.getLifecycle().updateTestCase(result -> {
                result.setName("[" + revision + "] " + result.getName());
                result.setHistoryId(result.getHistoryId() + "@" + revision);
                // the plugin may have given the result an unmodifiable list
                List<Parameter> parameters = new ArrayList<>(result.getParameters());
                parameters.add(new Parameter().setName("revision").setValue(revision));
                result.setParameters(parameters);
            });
        });
    }
}
