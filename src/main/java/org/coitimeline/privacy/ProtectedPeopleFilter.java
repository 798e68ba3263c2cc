package org.coitimeline.privacy;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coitimeline.actor.ActorService;
import org.coitimeline.actor.ActorView;
import org.coitimeline.actor.ProtectedPeople;
import org.coitimeline.event.EventView;
import org.coitimeline.event.TimelineRepository;
import org.coitimeline.history.ChangePage;
import org.coitimeline.history.RevisionView;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.NotFound;
import org.coitimeline.kernel.PageView;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.timeline.FilteredTimeline;
import org.coitimeline.web.Viewer;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Protected people on the way in and out of every read of the API, for readers who may not see them
 * (no token, or one without the reader, editor or admin role). In: an actor's real id is unknown to
 * them (404, or a 400 naming {@code actor} in a filter), and a search whose words could match a
 * protected name finds no events. Out: every body passes through {@link Pseudonymiser}. Every
 * answer of the API varies by Authorization, and one given to a token is private, so that a shared
 * cache never hands a reader's answer to anyone else.
 */
public class ProtectedPeopleFilter {
  private static final String PEOPLE = ProtectedPeopleFilter.class.getName() + ".people";
  private static final String NAMED = ProtectedPeopleFilter.class.getName() + ".named";
  private static final String API = "/api/";
  private static final String ACTORS = "/api/v1/actors/";

  @Inject Viewer viewer;
  @Inject ActorService actors;

  @ServerRequestFilter(priority = Priorities.USER + 100)
  public void hideRealIds(ContainerRequestContext request) {
    if (!read(request) || viewer.seesProtectedPeople()) {
      return;
    }
    var uri = request.getUriInfo();
    String path = uri.getPath();
    List<String> actorFilter = uri.getQueryParameters().getOrDefault("actor", List.of());
    String q = uri.getQueryParameters().getFirst("q");
    if (!path.startsWith(ACTORS) && actorFilter.isEmpty() && q == null) {
      return;
    }
    ProtectedPeople people = people(request);
    if (path.startsWith(ACTORS) && people.hides(uri.getPathParameters().getFirst("id"))) {
      throw new NotFound(RecordKind.ACTOR);
    }
    if (actorFilter.stream().anyMatch(people::hides)) {
      throw InvalidInput.of("actor", "is not the id of an actor (see /api/v1/actors)");
    }
    if (people.named(q)) {
      request.setProperty(NAMED, Boolean.TRUE);
    }
  }

  @ServerResponseFilter(priority = Priorities.USER - 100)
  public void pseudonymise(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath();
    if (!path.startsWith(API)) {
      return;
    }
    MultivaluedMap<String, Object> headers = response.getHeaders();
    vary(headers);
    if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
      headers.putSingle(HttpHeaders.CACHE_CONTROL, "private");
    }
    if (!read(request) || response.getStatus() != 200 || viewer.seesProtectedPeople()) {
      return;
    }
    Object entity = response.getEntity();
    if (!mayName(entity)) {
      return;
    }
    ProtectedPeople people = people(request);
    if (people.isEmpty()) {
      return;
    }
    boolean named = request.getProperty(NAMED) != null;
    Pseudonymiser shown = new Pseudonymiser(people);
    boolean events = path.endsWith("/events") || path.endsWith("/timeline/histogram");
    if (entity instanceof FilteredTimeline timeline) {
      timeline.show(named ? event -> null : shown::cited);
    } else if (entity instanceof PageView<?> page) {
      response.setEntity(named && events ? new PageView<>(List.of(), null) : shown.page(page));
    } else if (entity instanceof ChangePage changes) {
      response.setEntity(shown.changes(changes));
    } else if (entity instanceof List<?> list && !list.isEmpty()) {
      if (list.get(0) instanceof TimelineRepository.PeriodCount && named) {
        response.setEntity(List.of());
      } else if (list.get(0) instanceof RevisionView) {
        @SuppressWarnings("unchecked")
        List<RevisionView> revisions = (List<RevisionView>) list;
        if (path.startsWith(ACTORS)) {
          String slug = actors.slugOf(request.getUriInfo().getPathParameters().getFirst("id"));
          response.setEntity(shown.actorHistory(slug, revisions));
        } else if (path.startsWith("/api/v1/events/")) {
          response.setEntity(shown.eventHistory(revisions));
        }
      }
    } else {
      Object one = shown.one(entity);
      if (one != entity) {
        response.setEntity(one);
      }
    }
  }

  /** Whether the body is one that could name an actor (vocabularies, sources, gaps cannot). */
  private static boolean mayName(Object entity) {
    return entity instanceof FilteredTimeline
        || entity instanceof PageView<?>
        || entity instanceof ChangePage
        || entity instanceof ActorView
        || entity instanceof EventView
        || (entity instanceof List<?> list
            && !list.isEmpty()
            && (list.get(0) instanceof RevisionView
                || list.get(0) instanceof TimelineRepository.PeriodCount));
  }

  /** Adds Authorization to Vary, keeping what other filters put there (Accept, Origin). */
  private static void vary(MultivaluedMap<String, Object> headers) {
    Set<String> values = new LinkedHashSet<>();
    List<Object> present = headers.get(HttpHeaders.VARY);
    if (present != null) {
      for (Object value : present) {
        for (String part : String.valueOf(value).split(",")) {
          if (!part.isBlank()) {
            values.add(part.strip());
          }
        }
      }
    }
    values.add(HttpHeaders.AUTHORIZATION);
    headers.putSingle(HttpHeaders.VARY, String.join(", ", values));
  }

  private static boolean read(ContainerRequestContext request) {
    String method = request.getMethod();
    return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
        && request.getUriInfo().getPath().startsWith(API);
  }

  /** The protected people, read once per request (after the answer's own reads). */
  private ProtectedPeople people(ContainerRequestContext request) {
    Object people = request.getProperty(PEOPLE);
    if (people == null) {
      people = actors.protectedPeople();
      request.setProperty(PEOPLE, people);
    }
    return (ProtectedPeople) people;
  }
}
