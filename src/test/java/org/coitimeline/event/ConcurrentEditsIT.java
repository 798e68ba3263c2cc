package org.coitimeline.event;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.coitimeline.support.PackagedJar;

/** The concurrent edit tests, against the packaged jar. */
@QuarkusIntegrationTest
@WithTestResource(PackagedJar.class)
class ConcurrentEditsIT extends ConcurrentEditsTest {}
