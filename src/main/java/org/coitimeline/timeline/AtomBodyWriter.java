package org.coitimeline.timeline;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.coitimeline.history.ChangePage;
import org.coitimeline.history.ChangeView;

/** A page of the change feed as an Atom 1.0 feed (Rome): an entry per change, rel="next" links. */
@Provider
@Produces(FormatFilter.ATOM_TYPE)
public class AtomBodyWriter implements MessageBodyWriter<ChangePage> {
  @Context UriInfo uri;

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return ChangePage.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      ChangePage changes,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    headers.putSingle(HttpHeaders.CONTENT_TYPE, FormatFilter.ATOM_TYPE);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      new SyndFeedOutput().output(feed(changes), writer, true);
    } catch (FeedException e) {
      throw new IOException("the change feed could not be written as Atom", e);
    }
    writer.flush();
  }

  private SyndFeed feed(ChangePage changes) {
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
    return feed;
  }

  private static SyndLink link(String rel, String href) {
    SyndLink link = new SyndLinkImpl();
    link.setRel(rel);
    link.setHref(href);
    link.setType(FormatFilter.ATOM_TYPE);
    return link;
  }
}
