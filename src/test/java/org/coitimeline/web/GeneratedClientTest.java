package org.coitimeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.coitimeline.client.ApiClient;
import org.coitimeline.client.ApiException;
import org.coitimeline.client.api.ActorsApi;
import org.coitimeline.client.api.ChangesApi;
import org.coitimeline.client.api.EventsApi;
import org.coitimeline.client.api.TimelineViewsApi;
import org.coitimeline.client.api.VocabulariesApi;
import org.coitimeline.client.model.ActorInput;
import org.coitimeline.client.model.ChangePage;
import org.coitimeline.client.model.EdtfDateInput;
import org.coitimeline.client.model.Event;
import org.coitimeline.client.model.EventActorInput;
import org.coitimeline.client.model.EventInput;
import org.coitimeline.client.model.EventPage;
import org.coitimeline.client.model.EventWritten;
import org.coitimeline.client.model.FieldChange;
import org.coitimeline.client.model.PeriodCount;
import org.coitimeline.client.model.Problem;
import org.coitimeline.client.model.Revision;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The Java client that openapi-generator makes from openapi/openapi.yaml (library native, into
 * target/generated-client by the build) works against the service: what an integrator gets.
 */
@QuarkusTest
class GeneratedClientTest {
  @TestHTTPResource("/")
  URI root;

  private ApiClient client(String token) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(root.toString().replaceAll("/$", ""));
    if (token != null) {
      client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }
    return client;
  }

  private EventInput event(String id, String date, String actor) {
    return new EventInput()
        .id(id)
        .title("Generated client event " + id)
        .summary("Made through the generated client.")
        .date(new EdtfDateInput(date))
        .type("statement")
        .countries(List.of("MX"))
        .actors(List.of(new EventActorInput().id(actor).role("subject")))
        .corroboration("single-source");
  }

  @Test
  void theGeneratedClientCreatesReadsUpdatesAndPagesEvents() throws Exception {
    TestBundle ids = new TestBundle();
    String actor = ids.id("client-actor");
    new ActorsApi(client(Tokens.editor()))
        .createActor(
            new ActorInput()
                .id(actor)
                .name("Generated client actor")
                .type("government-body")
                .countries(List.of("MX")));
    EventsApi editor = new EventsApi(client(Tokens.editor()));
    for (String date : List.of("2019-03-01", "2019-06-01", "2019-09-01", "2020-02-01")) {
      editor.createEvent(event(ids.id("client-" + date), date, actor), null);
    }

    EventsApi reader = new EventsApi(client(null));
    List<String> listed = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      EventPage page =
          reader.listEvents(
              null,
              null,
              List.of(actor),
              null,
              null,
              null,
              cursor,
              "2019",
              2,
              null,
              null,
              null,
              null,
              "2019",
              null,
              null);
      page.getItems().forEach(e -> listed.add(e.getId()));
      cursor = page.getNext();
      pages++;
    } while (cursor != null && pages < 10);
    assertEquals(
        List.of(
            ids.id("client-2019-03-01"), ids.id("client-2019-06-01"), ids.id("client-2019-09-01")),
        listed);
    assertEquals(2, pages);

    String id = ids.id("client-2019-06-01");
    var got = reader.getEventWithHttpInfo(id, null);
    String etag = got.getHeaders().get("etag").get(0);
    Event event = got.getData();
    assertEquals("2019-06-01", event.getDate().getEdtf());
    assertEquals("\"" + event.getVersion() + "\"", etag);

    EventInput changed = event(id, "2019-06-01", actor).title("Retitled by the client");
    EventWritten updated = editor.replaceEvent(id, etag, changed);
    assertEquals("Retitled by the client", updated.getTitle());
    assertTrue(updated.getPossibleDuplicates().stream().noneMatch(d -> d.getId().equals(id)));

    List<Revision> history = reader.getEventHistory(id);
    assertEquals(2, history.size());
    FieldChange title =
        history.get(1).getChanges().stream()
            .filter(c -> c.getField().equals("title"))
            .findFirst()
            .orElseThrow();
    assertEquals("Generated client event " + id, title.getFrom());
    assertEquals("Retitled by the client", title.getTo());
    assertTrue(
        history.get(0).getChanges().stream().anyMatch(c -> c.getField().equals("countries")));

    ApiClient anyone = client(null);
    List<PeriodCount> years =
        new TimelineViewsApi(anyone)
            .getHistogram(
                List.of(actor),
                null,
                null,
                null,
                "2019",
                "year",
                null,
                null,
                null,
                "2020",
                null,
                null);
    assertEquals(List.of("2019", "2020"), years.stream().map(PeriodCount::getPeriod).toList());
    assertEquals(List.of(3L, 1L), years.stream().map(PeriodCount::getCount).toList());

    ChangePage changes = new ChangesApi(anyone).listChanges(null, null, List.of("event"), 5, null);
    assertNotNull(changes.getResume());
    assertFalse(changes.getItems().isEmpty());
    assertTrue(changes.getItems().size() <= 5);
  }

  @Test
  void theGeneratedClientReadsVocabularies() throws Exception {
    VocabulariesApi vocabularies = new VocabulariesApi(client(null));
    assertTrue(
        vocabularies.listEventTypes().getItems().stream()
            .anyMatch(t -> "statement".equals(t.getCode())));
    assertFalse(vocabularies.listActorTypes().getItems().isEmpty());
  }

  @Test
  void theGeneratedClientDecodesProblems() throws Exception {
    ApiClient client = client(null);
    EventsApi events = new EventsApi(client);

    ApiException missing =
        assertThrows(ApiException.class, () -> events.getEvent("no-such-event-anywhere", null));
    assertEquals(404, missing.getCode());
    Problem notFound = client.getObjectMapper().readValue(missing.getResponseBody(), Problem.class);
    assertEquals(404, notFound.getStatus());
    assertNotNull(notFound.getType());

    ApiException invalid =
        assertThrows(
            ApiException.class,
            () ->
                events.listEvents(
                    null, null, null, null, null, null, null, "2021-13", null, null, null, null,
                    null, null, null, null));
    assertEquals(400, invalid.getCode());
    Problem badInput = client.getObjectMapper().readValue(invalid.getResponseBody(), Problem.class);
    assertEquals(400, badInput.getStatus());
    assertFalse(badInput.getErrors().isEmpty());
    assertNotNull(badInput.getErrors().get(0).getField());
  }
}
