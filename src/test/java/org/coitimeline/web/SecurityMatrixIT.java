package org.coitimeline.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.coitimeline.support.PackagedJar;

/** The security matrix, against the packaged jar. */
@QuarkusIntegrationTest
@WithTestResource(PackagedJar.class)
class SecurityMatrixIT extends SecurityMatrixTest {}
