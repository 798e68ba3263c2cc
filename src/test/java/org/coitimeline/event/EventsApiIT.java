package org.coitimeline.event;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.coitimeline.support.PackagedJar;

/** The event read tests, against the packaged jar. */
@QuarkusIntegrationTest
@WithTestResource(PackagedJar.class)
class EventsApiIT extends EventsApiTest {}
