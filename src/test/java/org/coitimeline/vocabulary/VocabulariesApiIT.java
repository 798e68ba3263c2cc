package org.coitimeline.vocabulary;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.coitimeline.support.PackagedJar;

/** The vocabulary API tests, against the packaged jar. */
@QuarkusIntegrationTest
@WithTestResource(PackagedJar.class)
class VocabulariesApiIT extends VocabulariesApiTest {}
