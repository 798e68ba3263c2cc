package org.coitimeline.event;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.coitimeline.support.PackagedJar;

/** The tests of the events of an actor or a source, against the packaged jar. */
@QuarkusIntegrationTest
@WithTestResource(PackagedJar.class)
class EventsOfApiIT extends EventsOfApiTest {}
