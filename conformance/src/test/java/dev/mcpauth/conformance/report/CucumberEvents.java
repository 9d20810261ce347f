package dev.mcpauth.conformance.report;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cucumber.plugin.event.Argument;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Step;
import io.cucumber.plugin.event.StepArgument;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestStep;

/** Stand-ins for Cucumber's event bus, test cases and steps, so the plugin is tested without running Cucumber. */
final class CucumberEvents implements EventPublisher {

    private final Map<Class<?>, List<EventHandler<?>>> handlers = new ConcurrentHashMap<>();

    @Override
    public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
        handlers.computeIfAbsent(type, key -> new CopyOnWriteArrayList<>()).add(handler);
    }

    @Override
    public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
        handlers.getOrDefault(type, List.of()).remove(handler);
    }

    @SuppressWarnings("unchecked")
    void publish(Object event) {
        for (EventHandler<?> handler : handlers.getOrDefault(event.getClass(), List.of())) {
            ((EventHandler<Object>) handler).receive(event);
        }
    }

    static TestCase testCase(String name, int line, String... tags) {
        return new FakeTestCase(UUID.randomUUID(), name, line, List.of(tags));
    }

    static PickleStepTestStep step(String keyword, String text) {
        return new FakeStep(keyword, text);
    }

    private record FakeTestCase(UUID id, String name, int line, List<String> tags) implements TestCase {

        @Override
        public Integer getLine() {
            return line;
        }

        @Override
        public Location getLocation() {
            return new Location(line, 3);
        }

        @Override
        public String getKeyword() {
            return "Scenario";
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getScenarioDesignation() {
            return "example.feature:" + line + " # " + name;
        }

        @Override
        public List<String> getTags() {
            return tags;
        }

        @Override
        public List<TestStep> getTestSteps() {
            return new ArrayList<>();
        }

        @Override
        public URI getUri() {
            return URI.create("classpath:features/server/example.feature");
        }

        @Override
        public UUID getId() {
            return id;
        }
    }

    private record FakeStep(String keyword, String text) implements PickleStepTestStep, Step {

        @Override
        public String getPattern() {
            return text;
        }

        @Override
        public Step getStep() {
            return this;
        }

        @Override
        public List<Argument> getDefinitionArgument() {
            return List.of();
        }

        @Override
        public StepArgument getStepArgument() {
            return null;
        }

        @Override
        public int getStepLine() {
            return 5;
        }

        @Override
        public URI getUri() {
            return URI.create("classpath:features/server/example.feature");
        }

        @Override
        public String getStepText() {
            return text;
        }

        @Override
        public String getCodeLocation() {
            return "dev.mcpauth.conformance.steps.Fake.step()";
        }

        @Override
        public UUID getId() {
            return UUID.nameUUIDFromBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public StepArgument getArgument() {
            return null;
        }

        @Override
        public String getKeyword() {
            return keyword;
        }

        @Override
        public String getText() {
            return text;
        }

        @Override
        public int getLine() {
            return 5;
        }

        @Override
        public Location getLocation() {
            return new Location(5, 5);
        }
    }
}
