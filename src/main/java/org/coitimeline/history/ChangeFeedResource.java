package org.coitimeline.history;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.PageView;
import org.coitimeline.web.PageQuery;
import org.coitimeline.web.Pages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change feed over HTTP, as JSON or as an Atom feed, for integrations that poll. */
@Path("/api/v1/changes")
@Tag(name = "Changes")
public class ChangeFeedResource {
  static final String ATOM = "application/atom+xml";
  private static final MediaType ATOM_TYPE = MediaType.valueOf(ATOM);

  @Inject ChangeFeedService service;

  @GET
  @Produces({MediaType.APPLICATION_JSON, ATOM})
  @APIResponse(
      responseCode = "200",
      description = "One page of changes, oldest first",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChangePage.class)),
        @Content(
            mediaType = ATOM,
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    description =
                        "An Atom 1.0 feed: one entry per change, and a link rel=\"next\" when"
                            + " there is a next page."))
      })
  @Operation(
      summary = "List changes",
      description =
          "Every change to events, actors, sources and gaps in the order it was made: one item per"
              + " changed record per revision, with who made it and whether it created, updated"
              + " or deleted the record. Follow `next` (or the Link header) while it is not null;"
              + " on the last page it is null. To poll, keep the `resume` value of the last page"
              + " and pass it as `since` next time (with the same `kind` filter): the answer"
              + " holds only what changed after that page. JSON by default; an Atom feed with"
              + " `Accept: application/atom+xml` or `format=atom`.")
  public Response list(
      @QueryParam("since")
          @Parameter(
              description =
                  "An ISO-8601 instant (changes in revisions made after it, e.g."
                      + " 2026-11-28T10:00:00Z) or the `resume` value of an earlier page."
                      + " Without it the feed starts at the first revision.")
          String since,
      @QueryParam("kind")
          @Parameter(
              description =
                  "Only changes to records of this kind: event, actor, source or gap; repeat for"
                      + " any of several.")
          List<String> kind,
      @QueryParam("format")
          @Parameter(
              description = "atom or json, for clients that cannot set the Accept header.",
              schema = @Schema(enumeration = {"json", "atom"}))
          String format,
      @BeanParam PageQuery page,
      @Context UriInfo uri,
      @Context HttpHeaders headers) {
    boolean atom = atom(format, headers);
    ChangePage changes = service.changes(since, kind, page.cursor, page.size());
    // Paging.ok adds the Link header; the body is the feed's own, with its resume value.
    Response paged = Pages.ok(new PageView<>(changes.items(), changes.next()), uri);
    return Response.fromResponse(paged)
        .entity(atom ? atom(changes, uri) : changes)
        .type(atom ? ATOM_TYPE : MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  /** Whether to answer in Atom: by format, else by the most preferred type the caller accepts. */
  private static boolean atom(String format, HttpHeaders headers) {
    if (format != null) {
      return switch (format) {
        case "atom" -> true;
        case "json" -> false;
        default -> throw InvalidInput.of("format", "must be json or atom");
      };
    }
    for (MediaType accepted : headers.getAcceptableMediaTypes()) {
      if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
      if (accepted.isCompatible(ATOM_TYPE)) {
        return true;
      }
    }
    return false;
  }

  private static String atom(ChangePage changes, UriInfo uri) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setEncoding("UTF-8");
    feed.setUri("urn:coi-timeline:changes");
    feed.setTitle("COI Timeline changes");
    List<ChangeView> items = changes.items();
    feed.setPublishedDate(
        items.isEmpty() ? new Date() : Date.from(items.get(items.size() - 1).at()));
    List<SyndLink> links = new ArrayList<>();
    links.add(link("self", uri.getRequestUri().toString()));
    if (changes.next() != null) {
      links.add(
          link(
              "next",
              uri.getRequestUriBuilder()
                  .replaceQueryParam("cursor", changes.next())
                  .build()
                  .toString()));
    }
    feed.setLinks(links);
    List<SyndEntry> entries = new ArrayList<>();
    for (ChangeView change : items) {
      SyndEntry entry = new SyndEntryImpl();
      entry.setUri(
          "urn:coi-timeline:change:" + change.revision() + ":" + change.kind() + ":" + change.id());
      entry.setTitle(change.action() + " " + change.kind() + " " + change.id());
      entry.setUpdatedDate(Date.from(change.at()));
      entry.setAuthor(change.by());
      entry.setLink(uri.getBaseUriBuilder().path(change.href()).build().toString());
      entries.add(entry);
    }
    feed.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(feed, true);
    } catch (FeedException e) {
      throw new IllegalStateException("the change feed could not be written as Atom", e);
    }
  }

  private static SyndLink link(String rel, String href) {
    SyndLink link = new SyndLinkImpl();
    link.setRel(rel);
    link.setHref(href);
    link.setType(ATOM);
    return link;
  }
}
