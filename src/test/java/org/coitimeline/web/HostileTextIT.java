package org.coitimeline.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.coitimeline.support.PackagedJar;

/** The same refusals against the packaged jar. */
@QuarkusIntegrationTest
@WithTestResource(PackagedJar.class)
class HostileTextIT extends HostileTextTest {}
