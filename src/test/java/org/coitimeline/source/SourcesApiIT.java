package org.coitimeline.source;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.coitimeline.support.PackagedJar;

/** The source API tests, against the packaged jar. */
@QuarkusIntegrationTest
@WithTestResource(PackagedJar.class)
class SourcesApiIT extends SourcesApiTest {}
