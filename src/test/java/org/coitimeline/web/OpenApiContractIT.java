package org.coitimeline.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.coitimeline.support.PackagedJar;

/** The OpenAPI contract test, against the packaged jar. */
@QuarkusIntegrationTest
@WithTestResource(PackagedJar.class)
class OpenApiContractIT extends OpenApiContractTest {}
