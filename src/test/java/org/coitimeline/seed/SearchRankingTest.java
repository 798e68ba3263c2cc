package org.coitimeline.seed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What people type into the actor and source searches, on the bundled MEX200740.E data set: the
 * record they mean comes first, ignoring accents and case.
 */
@QuarkusTest
class SearchRankingTest {
  private static List<Map<String, Object>> search(String list, String q) {
    return given()
        .queryParam("q", q)
        .queryParam("limit", 500)
        .when()
        .get("/api/v1/" + list)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  @ParameterizedTest(name = "{0} finds {1} first")
  @CsvSource({
    "López Obrador, lopez-obrador",
    "Lopez Obrador, lopez-obrador",
    "lópez obrador, lopez-obrador",
    "IMSS, imss",
    "Seguro Social, imss",
    "NSO, nso-group",
    "nso group, nso-group"
  })
  void anActorSearchFindsTheActorMeantFirst(String q, String expected) {
    List<Map<String, Object>> found = search("actors", q);
    assertTrue(found.size() >= 1, q);
    assertEquals(expected, found.get(0).get("id"), q + ": " + ids(found));
  }

  @Test
  void anActorNamedInAnotherActorsAliasOrDescriptionComesAfterTheActorItself() {
    List<String> found = ids(search("actors", "López Obrador"));
    assertEquals("lopez-obrador", found.get(0));
    // The government's alias names him, Al Jazeera's description mentions him: both still match.
    assertTrue(found.indexOf("government-of-mexico") > 0, found.toString());
    assertTrue(
        found.indexOf("al-jazeera") > found.indexOf("government-of-mexico"), found.toString());
  }

  @Test
  void aSourceSearchRanksAuthorsBeforeTitles() {
    List<Map<String, Object>> found = search("sources", "Mexico");
    List<String> ids = ids(found);
    // Every source whose author is exactly "Mexico" comes before "Capital México" (the word inside
    // an author) and before the RIR, whose title only starts with "Mexico".
    int lastExact = 0;
    for (int i = 0; i < found.size(); i++) {
      if ("Mexico".equals(found.get(i).get("author"))) {
        lastExact = i;
      }
    }
    assertEquals("Mexico", found.get(0).get("author"), ids.toString());
    assertTrue(ids.indexOf("capital-mexico-2018-12-08") > lastExact, ids.toString());
    assertTrue(
        ids.indexOf("irb-mex200740-e") > ids.indexOf("capital-mexico-2018-12-08"), ids.toString());
  }

  @Test
  void aRankedSearchPagesWithoutRepeatsOrHoles() {
    List<String> all = ids(search("actors", "a"));
    List<String> walked = new java.util.ArrayList<>();
    String cursor = null;
    do {
      var request = given().queryParam("q", "a").queryParam("limit", 7);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      var page = request.when().get("/api/v1/actors").then().statusCode(200).extract().jsonPath();
      walked.addAll(page.getList("items.id"));
      cursor = page.getString("next");
    } while (cursor != null);
    assertEquals(all, walked);
  }

  private static List<String> ids(List<Map<String, Object>> items) {
    return items.stream().map(i -> (String) i.get("id")).toList();
  }
}
