package org.coitimeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules of STYLE.md, checked on the compiled main code: packages depend one way (kernel
 * <- edtf <- vocabulary <- history <- actor, source <- event, gap <- timeline <- privacy <- bulk <-
 * seed, and privacy <- snapshot beside bulk; web <- kernel only), HTTP stays in resources and the
 * edge, transactions in services, queries in repositories.
 */
class ArchitectureTest {
  private static final String BASE = "org.coitimeline";

  /** What each package may use of ours (besides itself). */
  private static final Map<String, List<String>> MAY_USE =
      Map.ofEntries(
          Map.entry("kernel", List.of()),
          Map.entry("web", List.of("kernel")),
          Map.entry("edtf", List.of("kernel")),
          Map.entry("vocabulary", List.of("kernel", "edtf")),
          Map.entry("history", List.of("kernel", "edtf", "vocabulary", "web")),
          Map.entry("actor", List.of("kernel", "edtf", "vocabulary", "history", "web")),
          Map.entry("source", List.of("kernel", "edtf", "vocabulary", "history", "web")),
          Map.entry(
              "event",
              List.of("kernel", "edtf", "vocabulary", "history", "actor", "source", "web")),
          Map.entry(
              "gap", List.of("kernel", "edtf", "vocabulary", "history", "actor", "source", "web")),
          Map.entry(
              "timeline",
              List.of(
                  "kernel",
                  "edtf",
                  "vocabulary",
                  "history",
                  "actor",
                  "source",
                  "event",
                  "gap",
                  "web")),
          Map.entry(
              "privacy",
              List.of(
                  "kernel",
                  "edtf",
                  "vocabulary",
                  "history",
                  "actor",
                  "source",
                  "event",
                  "gap",
                  "timeline",
                  "web")),
          Map.entry(
              "bulk",
              List.of(
                  "kernel",
                  "edtf",
                  "vocabulary",
                  "history",
                  "actor",
                  "source",
                  "event",
                  "gap",
                  "timeline",
                  "privacy",
                  "web")),
          Map.entry(
              "seed",
              List.of(
                  "kernel",
                  "edtf",
                  "vocabulary",
                  "history",
                  "actor",
                  "source",
                  "event",
                  "gap",
                  "timeline",
                  "privacy",
                  "bulk",
                  "web")),
          Map.entry(
              "snapshot",
              List.of(
                  "kernel",
                  "edtf",
                  "vocabulary",
                  "history",
                  "actor",
                  "source",
                  "event",
                  "gap",
                  "timeline",
                  "privacy",
                  "web")),
          Map.entry("dev", List.of("kernel", "web")),
          Map.entry("embedded", List.of()));

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
  }

  @Test
  void packagesHaveNoCycle() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(main);
  }

  @Test
  void everyPackageHasItsPlaceInTheOrder() {
    main.stream()
        .map(c -> c.getPackageName())
        .filter(p -> p.startsWith(BASE + "."))
        .map(p -> p.substring(BASE.length() + 1).split("\\.")[0])
        .distinct()
        .forEach(
            p -> {
              if (!MAY_USE.containsKey(p)) {
                throw new AssertionError("Package " + p + " has no place in ArchitectureTest");
              }
            });
    noClasses().should().resideInAPackage(BASE).check(main);
  }

  static Stream<Arguments> packages() {
    return MAY_USE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0} uses only {1}")
  @MethodSource("packages")
  void aPackageNeverImportsOneAboveIt(String name, List<String> mayUse) {
    String[] forbidden =
        MAY_USE.keySet().stream()
            .filter(p -> !p.equals(name) && !mayUse.contains(p))
            .map(p -> BASE + "." + p + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage(BASE + "." + name + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .allowEmptyShould(true)
        .check(main);
  }

  @Test
  void onlyResourcesAndTheHttpEdgeSpeakJaxRs() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE + ".web..")
        .and()
        .haveSimpleNameNotEndingWith("Resource")
        .and()
        .haveSimpleNameNotEndingWith("Query")
        .and()
        .haveSimpleNameNotEndingWith("BodyWriter")
        .and()
        .haveSimpleNameNotEndingWith("Filter")
        .and()
        .areNotNestedClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.ws.rs..")
        .check(main);
  }

  @Test
  void transactionsAreOpenedByServicesOnly() {
    methods()
        .that()
        .areAnnotatedWith(Transactional.class)
        .should()
        .beDeclaredInClassesThat()
        .haveSimpleNameEndingWith("Service")
        .check(main);
    classes()
        .that()
        .areAnnotatedWith(Transactional.class)
        .should()
        .haveSimpleNameEndingWith("Service")
        .allowEmptyShould(true)
        .check(main);
  }

  @Test
  void queriesLiveInRepositories() {
    noClasses()
        .that()
        .haveSimpleNameNotEndingWith("Repository")
        .should()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a query of the EntityManager",
                call ->
                    call.getTargetOwner().isAssignableTo(EntityManager.class)
                        && (call.getName().startsWith("create") || call.getName().equals("find"))))
        .check(main);
  }
}
