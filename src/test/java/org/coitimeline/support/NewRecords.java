package org.coitimeline.support;

/** JSON bodies of valid new records of each kind, for tests that create many over HTTP. */
public final class NewRecords {
  private NewRecords() {}

  /** The collection path of a kind: actors, sources, events, gaps. */
  public static String path(String kind) {
    return "/api/v1/" + (kind.equals("gap") ? "gaps" : kind + "s");
  }

  /**
   * A new record of this kind; events cite {@code actor} and {@code source}, gaps cite {@code
   * source} (both may be null).
   */
  public static String of(String kind, String id, String actor, String source) {
    return switch (kind) {
      case "actor" -> actor(id);
      case "source" -> source(id);
      case "event" -> event(id, actor, source);
      case "gap" -> gap(id, source);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  public static String actor(String id) {
    return """
        {"id": "%s", "name": "Actor %s", "type": "government-body", "countries": ["MX", "US"],
         "aliases": ["%s-alias"]}
        """
        .formatted(id, id, id);
  }

  public static String source(String id) {
    return """
        {"id": "%s", "citation": "Source %s 2021", "author": "Author", "title": "Title %s.",
         "titleQuoted": false, "published": "2021-01-26", "publishedInferred": false,
         "url": "https://example.org/%s", "accessed": "2021-08-24", "language": "en",
         "type": "news", "inReferenceList": true}
        """
        .formatted(id, id, id, id);
  }

  public static String event(String id, String actor, String source) {
    String actors =
        actor == null ? "" : "\"actors\": [{\"id\": \"" + actor + "\", \"role\": \"subject\"}],";
    String sources =
        source == null ? "" : "\"sources\": [{\"id\": \"" + source + "\", \"pinpoint\": \"1\"}],";
    return """
        {"id": "%s", "title": "Event %s", "date": "2021-01-22", "type": "statement",
         "topics": ["personal-data"], "countries": ["MX", "US"], %s %s
         "corroboration": "single-source"}
        """
        .formatted(id, id, actors, sources);
  }

  public static String gap(String id, String source) {
    String cites = source == null ? "" : "\"source\": \"" + source + "\",";
    return """
        {"id": "%s", "statement": "Information on %s could not be found.",
         "countries": ["MX", "US"], "topics": ["personal-data"], "period": "2017/2021-07", %s
         "researchedAt": "2021-08-24"}
        """
        .formatted(id, id, cites);
  }
}
