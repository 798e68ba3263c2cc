package org.coitimeline.history;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.coitimeline.support.PackagedJar;

/** The history and as-of tests, against the packaged jar. */
@QuarkusIntegrationTest
@WithTestResource(PackagedJar.class)
class HistoryApiIT extends HistoryApiTest {}
