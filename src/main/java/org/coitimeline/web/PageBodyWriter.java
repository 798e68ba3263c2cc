package org.coitimeline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.coitimeline.kernel.PageView;

/**
 * Writes a page as JSON, with the service's ObjectMapper (the bytes Quarkus' own JSON writer
 * sends), at most once per page object. A page that a read cache keeps is one immutable object for
 * every answer of it: its JSON is kept beside it, weakly and by identity, and sent again as it was
 * written. A page made for one answer (any other list, a page with pseudonyms) is written once and
 * its JSON forgotten with it.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class PageBodyWriter implements MessageBodyWriter<PageView<?>> {
  @Inject ObjectMapper mapper;

  // weakKeys: by identity, and dropped with the page; upkeep on the writing thread (see
  // EventMapper's dates).
  private final Cache<PageView<?>, byte[]> written =
      Caffeine.newBuilder().weakKeys().executor(Runnable::run).build();

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return PageView.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      PageView<?> page,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    out.write(written.get(page, this::json));
  }

  private byte[] json(PageView<?> page) {
    try {
      return mapper.writeValueAsBytes(page);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
