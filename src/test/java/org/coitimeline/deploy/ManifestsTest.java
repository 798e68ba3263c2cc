package org.coitimeline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The deployment material under deploy/ parses and holds what an operator relies on. */
class ManifestsTest {
  private static final Path KUBERNETES = Path.of("deploy/kubernetes/kubernetes.yml");
  private static final Path GENERATED = Path.of("target/kubernetes/kubernetes.yml");
  private static final Path GALERA = Path.of("deploy/kubernetes/galera/mariadb.yaml");
  private static final Path COMPOSE = Path.of("deploy/compose/compose.yaml");
  private static final Path DOCKERFILE = Path.of("deploy/docker/Dockerfile.jvm");
  private static final Path JVM_OPTIONS = Path.of("deploy/jvm.options");

  private static final YAMLMapper YAML = new YAMLMapper();

  private static List<JsonNode> documents(Path file) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> values =
        YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (values.hasNext()) {
        JsonNode document = values.next();
        if (document != null && !document.isNull() && !document.isEmpty()) {
          documents.add(document);
        }
      }
    }
    return documents;
  }

  private static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
    return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
  }

  private static JsonNode one(List<JsonNode> documents, String kind) {
    List<JsonNode> found = ofKind(documents, kind);
    assertEquals(1, found.size(), "exactly one " + kind);
    return found.get(0);
  }

  private static boolean hasEnv(JsonNode container, String name, String value) {
    return StreamSupport.stream(container.path("env").spliterator(), false)
        .anyMatch(
            e -> name.equals(e.path("name").asText()) && value.equals(e.path("value").asText()));
  }

  private static void assertEnvFromSecretAndConfigMap(JsonNode container) {
    List<JsonNode> envFrom = new ArrayList<>();
    container.path("envFrom").forEach(envFrom::add);
    assertTrue(
        envFrom.stream()
            .anyMatch(e -> "coi-timeline-secrets".equals(e.at("/secretRef/name").asText())),
        "env from the Secret coi-timeline-secrets");
    assertTrue(
        envFrom.stream()
            .anyMatch(e -> "coi-timeline-config".equals(e.at("/configMapRef/name").asText())),
        "env from the ConfigMap coi-timeline-config");
  }

  @Test
  void kubernetesDeploymentHasProbesResourcesAndSettingsFromSecretAndConfigMap()
      throws IOException {
    List<JsonNode> documents = documents(KUBERNETES);
    JsonNode deployment = one(documents, "Deployment");
    JsonNode pod = deployment.at("/spec/template/spec");
    JsonNode container = pod.path("containers").get(0);
    assertNotNull(container, "a container");

    assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
    assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
    assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
    // Health is on the management port, which the Service does not publish.
    for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
      assertEquals(9000, container.at("/" + probe + "/httpGet/port").asInt(), probe);
    }
    for (JsonNode port : one(documents, "Service").at("/spec/ports")) {
      assertEquals(8080, port.path("targetPort").asInt(), "the Service publishes only 8080");
    }
    // The startup probe gives Flyway, Hibernate validation and the data set time to finish.
    JsonNode startup = container.path("startupProbe");
    assertTrue(
        startup.path("periodSeconds").asInt() * startup.path("failureThreshold").asInt() >= 120,
        "the startup probe waits at least two minutes");

    for (String kind : List.of("requests", "limits")) {
      JsonNode resources = container.at("/resources/" + kind);
      assertFalse(resources.path("cpu").asText().isEmpty(), "cpu " + kind);
      assertFalse(resources.path("memory").asText().isEmpty(), "memory " + kind);
    }
    assertEnvFromSecretAndConfigMap(container);
    // The replicas never migrate; the Job does.
    assertTrue(hasEnv(container, "QUARKUS_FLYWAY_ACTIVE", "false"), "replicas do not migrate");
    // Graceful shutdown: the pod's grace period exceeds quarkus.shutdown.timeout (30s).
    assertTrue(pod.path("terminationGracePeriodSeconds").asInt() > 30, "grace period above 30s");

    JsonNode service = one(documents, "Service");
    assertEquals(8080, service.at("/spec/ports/0/targetPort").asInt());

    JsonNode secret = one(documents, "Secret");
    assertEquals("coi-timeline-secrets", secret.at("/metadata/name").asText());
    assertTrue(secret.at("/stringData/QUARKUS_DATASOURCE_PASSWORD").isTextual());
    assertTrue(secret.at("/stringData/MP_JWT_VERIFY_PUBLICKEY_LOCATION").isTextual());
    JsonNode configMap = one(documents, "ConfigMap");
    assertEquals("coi-timeline-config", configMap.at("/metadata/name").asText());
    assertTrue(configMap.at("/data/QUARKUS_DATASOURCE_JDBC_URL").isTextual());
    assertTrue(configMap.at("/data/MP_JWT_VERIFY_ISSUER").isTextual());
  }

  @Test
  void kubernetesScalesKeepsOneReplicaAndMigratesOnceInAJob() throws IOException {
    List<JsonNode> documents = documents(KUBERNETES);

    JsonNode hpa = one(documents, "HorizontalPodAutoscaler");
    assertEquals("autoscaling/v2", hpa.path("apiVersion").asText());
    assertEquals("coi-timeline", hpa.at("/spec/scaleTargetRef/name").asText());
    assertEquals("cpu", hpa.at("/spec/metrics/0/resource/name").asText());

    JsonNode pdb = one(documents, "PodDisruptionBudget");
    assertEquals("policy/v1", pdb.path("apiVersion").asText());
    assertEquals(1, pdb.at("/spec/minAvailable").asInt());

    JsonNode job = one(documents, "Job");
    JsonNode migration = job.at("/spec/template/spec/containers/0");
    assertTrue(hasEnv(migration, "QUARKUS_INIT_AND_EXIT", "true"), "the Job exits after start");
    assertTrue(hasEnv(migration, "QUARKUS_FLYWAY_ACTIVE", "true"), "the Job migrates");
    assertEnvFromSecretAndConfigMap(migration);
    JsonNode deployment = one(documents, "Deployment");
    assertEquals(
        migration.path("image").asText(),
        deployment.at("/spec/template/spec/containers/0/image").asText(),
        "the Job runs the service's image");
    // The replicas start only once the Job has completed.
    assertTrue(
        StreamSupport.stream(
                deployment.at("/spec/template/spec/initContainers").spliterator(), false)
            .anyMatch(c -> c.path("args").toString().contains(job.at("/metadata/name").asText())),
        "an init container waits for the migration Job");
  }

  @Test
  void committedManifestsEqualWhatTheBuildGenerates() throws IOException {
    // The build writes target/kubernetes/kubernetes.yml during `package`, which runs after `test`:
    // in a clean build it is not there yet, so compare only when a previous package left it.
    // The generator does not keep the order of labels, env and envFrom entries from one build to
    // the next, so the documents are compared with keys and list entries in a canonical order.
    if (Files.exists(GENERATED)) {
      assertEquals(
          canonical(documents(GENERATED)),
          canonical(documents(KUBERNETES)),
          "deploy/kubernetes/kubernetes.yml differs from the generated manifests: copy "
              + GENERATED
              + " over it after `./mvnw package` (deploy/README.md)");
    }
  }

  /** The documents as text, each with sorted keys and sorted list entries, in sorted order. */
  private static List<String> canonical(List<JsonNode> documents) {
    return documents.stream().map(d -> canonical(d).toString()).sorted().toList();
  }

  private static JsonNode canonical(JsonNode node) {
    if (node.isObject()) {
      ObjectNode sorted = YAML.createObjectNode();
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.stream()
          // The commit a build was made from changes with every commit; it cannot be committed.
          .filter(name -> !name.equals("app.quarkus.io/commit-id"))
          .sorted()
          .forEach(name -> sorted.set(name, canonical(node.get(name))));
      return sorted;
    }
    if (node.isArray()) {
      ArrayNode sorted = YAML.createArrayNode();
      StreamSupport.stream(node.spliterator(), false)
          .map(ManifestsTest::canonical)
          .sorted(Comparator.comparing(JsonNode::toString))
          .forEach(sorted::add);
      return sorted;
    }
    return node;
  }

  @Test
  void galeraReferenceIsAThreeNodeClusterWithTheServicesDatabaseUserAndGrant() throws IOException {
    List<JsonNode> documents = documents(GALERA);
    JsonNode mariadb = one(documents, "MariaDB");
    assertEquals("k8s.mariadb.com/v1alpha1", mariadb.path("apiVersion").asText());
    assertEquals(3, mariadb.at("/spec/replicas").asInt());
    assertTrue(mariadb.at("/spec/galera/enabled").asBoolean());
    assertFalse(mariadb.at("/spec/storage/size").asText().isEmpty(), "storage");
    assertFalse(mariadb.at("/spec/rootPasswordSecretKeyRef/name").asText().isEmpty());
    one(documents, "Database");
    one(documents, "User");
    one(documents, "Grant");
  }

  @Test
  void imageRunsTheServiceWithTheJvmOptionsOfDeploy() throws IOException {
    String dockerfile = Files.readString(DOCKERFILE);
    String options = Files.readString(JVM_OPTIONS).replaceAll("#.*", "");
    assertTrue(
        dockerfile.contains("COPY --chown=185 deploy/jvm.options /deployments/jvm.options"),
        "the image holds deploy/jvm.options");
    assertTrue(
        dockerfile.contains("ENTRYPOINT [ \"java\", \"@/deployments/jvm.options\","),
        "java runs with them, not through run-java.sh and its own defaults");
    assertTrue(
        Files.readString(Path.of("deploy/docker/Dockerfile.jvm.dockerignore"))
            .contains("!deploy/jvm.options"),
        "the build context sends them");
    assertTrue(options.contains("-Xmx"), "a heap limit");
    assertTrue(options.matches("(?s).*-XX:\\+Use\\w+GC.*"), "a collector");
  }

  @Test
  void composeRunsTheServiceAfterAHealthyMariadb() throws IOException {
    List<JsonNode> documents = documents(COMPOSE);
    assertEquals(1, documents.size());
    JsonNode services = documents.get(0).path("services");
    JsonNode mariadb = services.path("mariadb");
    JsonNode service = services.path("coi-timeline");
    assertTrue(mariadb.path("image").asText().startsWith("mariadb:11.4"));
    assertFalse(mariadb.path("healthcheck").isMissingNode(), "MariaDB has a healthcheck");
    assertEquals("deploy/docker/Dockerfile.jvm", service.at("/build/dockerfile").asText());
    assertEquals("service_healthy", service.at("/depends_on/mariadb/condition").asText());
    for (String name :
        List.of(
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "MP_JWT_VERIFY_ISSUER")) {
      assertTrue(service.path("environment").has(name), name);
    }
    assertFalse(documents.get(0).path("volumes").path("mariadb-data").isMissingNode(), "DB volume");
  }
}
