package dev.mcpauth.conformance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The conformance suite: every feature under {@code features/}, against the configured target. */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.mcpauth.conformance.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
        value = "html:../reports/cucumber/index.html, json:../reports/cucumber/cucumber.json,"
                + " junit:../reports/junit/cucumber.xml,"
                + " io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm,"
                + " dev.mcpauth.conformance.report.VerdictReportPlugin:../reports")
public class RunConformanceIT {
}
