package dev.mcpauth.conformance.report;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cucumber.plugin.event.Status;

/**
 * What is known of a running scenario: its steps' results and the findings attached to it. When it ends, turns
 * Cucumber's status into the conformance verdict.
 */
final class ScenarioInProgress {

    /** Long enough for an expected/actual message, short enough for a table cell. */
    static final int MAX_MESSAGE_LENGTH = 500;

    private record StepOutcome(String step, Status status, Throwable error) {
    }

    private final String name;
    private final URI featureUri;
    private final int line;
    private final ScenarioTags tags;
    private final String revision;
    private final List<StepOutcome> steps = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> unreadableFindings = new ArrayList<>();

    ScenarioInProgress(String name, URI featureUri, int line, ScenarioTags tags) {
        this(name, featureUri, line, tags, "");
    }

    ScenarioInProgress(String name, URI featureUri, int line, ScenarioTags tags, String revision) {
        this.revision = revision;
        this.name = name;
        this.featureUri = featureUri;
        this.line = line;
        this.tags = tags;
    }

    /** {@code step} names the step for messages, e.g. {@code When a client sends ...} or {@code After hook}. */
    synchronized void stepFinished(String step, Status status, Throwable error) {
        steps.add(new StepOutcome(step, status, error));
    }

    /** Attachments other than findings (HTTP exchanges, logs) are evidence for people and do not change the verdict. */
    synchronized void attached(String mediaType, byte[] data) {
        if (!Finding.MEDIA_TYPE.equals(mediaType)) {
            return;
        }
        try {
            findings.add(Finding.fromJson(data));
        } catch (IllegalArgumentException e) {
            // A finding the report cannot read might hide a violation, so it must not let the scenario pass.
            unreadableFindings.add(e.getMessage());
        }
    }

    /** The verdict from the scenario's final Cucumber status and, when it passed, its findings. */
    synchronized ScenarioResult finish(Status status, Throwable error) {
        Verdict verdict;
        String reason;
        switch (status) {
            case FAILED -> {
                verdict = Verdict.FAIL;
                reason = describeFailure(errorOfFirstStep(status).orElse(error));
            }
            case UNDEFINED -> {
                verdict = Verdict.FAIL;
                reason = "Harness error: the step \"" + firstStep(status) + "\" has no step definition.";
            }
            case PENDING -> {
                verdict = Verdict.FAIL;
                reason = "Harness error: the step \"" + firstStep(status) + "\" is not implemented yet (pending): "
                        + messageOf(errorOfFirstStep(status).orElse(error), "no message");
            }
            case AMBIGUOUS -> {
                verdict = Verdict.FAIL;
                reason = "Harness error: the step \"" + firstStep(status) + "\" matches more than one step "
                        + "definition: " + messageOf(errorOfFirstStep(status).orElse(error), "no message");
            }
            case SKIPPED -> {
                verdict = Verdict.SKIPPED;
                reason = messageOf(errorOfFirstStep(status).orElse(error), "skipped without a reason");
            }
            case UNUSED -> {
                verdict = Verdict.SKIPPED;
                reason = "Cucumber did not run the steps (dry run)";
            }
            case PASSED -> {
                if (!unreadableFindings.isEmpty()) {
                    verdict = Verdict.FAIL;
                    reason = cut("Harness error: a finding attached to this scenario cannot be read, so its "
                            + "verdict is unknown: " + String.join("; ", unreadableFindings));
                } else {
                    Verdict worst = findings.stream().map(Finding::verdict).min(Enum::compareTo).orElse(Verdict.PASS);
                    verdict = worst;
                    reason = cut(findings.stream().filter(finding -> finding.verdict() == worst)
                            .map(ScenarioInProgress::describe).collect(Collectors.joining("; ")));
                }
            }
            default -> throw new IllegalStateException("unknown Cucumber status " + status);
        }
        return new ScenarioResult(name, featureUri, line, tags.requirementIds(), tags.level(), tags.specVersions(),
                verdict, reason, findings, revision);
    }

    private Optional<Throwable> errorOfFirstStep(Status status) {
        return steps.stream().filter(step -> step.status() == status && step.error() != null).findFirst()
                .map(StepOutcome::error);
    }

    private String firstStep(Status status) {
        return steps.stream().filter(step -> step.status() == status).findFirst().map(StepOutcome::step)
                .orElse("?");
    }

    private static String describe(Finding finding) {
        return finding.requirements().isEmpty() ? finding.message()
                : String.join(", ", finding.requirements()) + ": " + finding.message();
    }

    private static String messageOf(Throwable error, String fallback) {
        if (error == null || error.getMessage() == null || error.getMessage().isBlank()) {
            return fallback;
        }
        return cut(error.getMessage().strip());
    }

    private static String describeFailure(Throwable error) {
        if (error == null) {
            return "the scenario failed without an error";
        }
        String message = error.getMessage() == null ? "" : error.getMessage().strip();
        // An assertion's message is the finding itself; any other exception is a problem its type helps explain.
        if (error instanceof AssertionError && !message.isEmpty()) {
            return cut(message);
        }
        return cut(message.isEmpty() ? error.getClass().getName() : error.getClass().getSimpleName() + ": " + message);
    }

    private static String cut(String message) {
        return message.length() <= MAX_MESSAGE_LENGTH ? message : message.substring(0, MAX_MESSAGE_LENGTH - 1) + "…";
    }
}
