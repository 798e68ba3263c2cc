package org.coitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class JsonLdTimelineTest {
  @Test
  void documentIsAGraphOfSchemaOrgEvents() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLdTimeline writer = new JsonLdTimeline(out, Events.API);
    writer.write(Events.contract("2012/2018"));
    writer.write(Events.event("other", "Other", "s", "2021-01-22"));
    writer.finish();
    JsonNode doc = new ObjectMapper().readTree(out.toByteArray());

    assertEquals("https://schema.org", doc.get("@context").asText());
    assertEquals(2, doc.get("@graph").size());
    assertEquals("other", doc.get("@graph").get(1).get("identifier").asText());
  }

  @Test
  void eventHasDatesLocationsActorsInRolesAndCitations() {
    JsonNode e = JsonLdTimeline.node(Events.contract("2012/2018"), Events.API);

    assertEquals("Event", e.get("@type").asText());
    assertEquals(Events.API + "/events/pegasus-contracts", e.get("@id").asText());
    assertEquals("Pegasus contracts", e.get("name").asText());
    assertEquals("SSPC bought Pegasus.", e.get("description").asText());
    assertEquals("2012-01-01", e.get("startDate").asText());
    assertEquals("2018-12-31", e.get("endDate").asText());
    assertEquals("2012/2018", e.get("temporalCoverage").asText());
    assertEquals("Country", e.get("location").get(0).get("@type").asText());
    assertEquals("MX", e.get("location").get(0).get("identifier").asText());

    JsonNode buyer = e.get("about").get(0);
    assertEquals("Role", buyer.get("@type").asText());
    assertEquals("buyer", buyer.get("roleName").asText());
    assertEquals("Organization", buyer.get("about").get("@type").asText());
    assertEquals(Events.API + "/actors/sspc", buyer.get("about").get("@id").asText());
    assertEquals("SSPC", buyer.get("about").get("name").asText());
    assertEquals("Person", e.get("about").get(1).get("about").get("@type").asText());

    JsonNode citation = e.get("citation").get(0);
    assertEquals("CreativeWork", citation.get("@type").asText());
    assertEquals(Events.API + "/sources/mexico-2021-04", citation.get("@id").asText());
    assertEquals("Mexico Apr. 2021", citation.get("name").asText());
    assertEquals("147", citation.get("pagination").asText());
    assertEquals(
        "Mexico. April 2021. Report <draft> & \"notes\". [Accessed 24 Aug. 2021]",
        citation.get("text").asText());
    assertFalse(e.get("citation").get(1).has("pagination"));
  }

  @Test
  void openBoundsAreLeftOut() {
    JsonNode since = JsonLdTimeline.node(Events.contract("2005/.."), Events.API);
    assertEquals("2005-01-01", since.get("startDate").asText());
    assertFalse(since.has("endDate"));
    JsonNode asOf = JsonLdTimeline.node(Events.contract("../2018-09"), Events.API);
    assertFalse(asOf.has("startDate"));
    assertEquals("2018-09-30", asOf.get("endDate").asText());
  }
}
