package org.coitimeline.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.coitimeline.kernel.PageView;

/** The HTTP answer of every list: the page as body and its {@code Link: rel="next"} header. */
public final class Pages {
  private Pages() {}

  /** A 200 response with the page as body and, when there is a next page, its Link header. */
  public static <T> Response ok(PageView<T> page, UriInfo uri) {
    Response.ResponseBuilder response = Response.ok(page);
    if (page.next() != null) {
      var next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build();
      response.header("Link", "<" + next + ">; rel=\"next\"");
    }
    return response.build();
  }
}
