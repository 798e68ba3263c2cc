package org.coitimeline.seed;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.coitimeline.support.PackagedJar;

/** The journalists' questions on the seed data, against the packaged jar. */
@QuarkusIntegrationTest
@WithTestResource(PackagedJar.class)
class JournalistQuestionsIT extends JournalistQuestionsTest {}
