package org.coitimeline.bulk;

/** Lines of an NDJSON import for the streamed-import tests: an actor, an event of one actor. */
final class ImportLines {
  private ImportLines() {}

  static String actor(String id) {
    return """
        {"kind": "actor", "id": "%s", "name": "Actor %s", "type": "government-body",\
         "countries": ["MX"]}"""
        .formatted(id, id);
  }

  /** An event of {@code actor}, the perpetrator, with a summary of {@code summary}. */
  static String event(String id, String actor, String title, String date, String summary) {
    return """
        {"kind": "event", "id": "%s", "title": "%s", "summary": "%s", "date": "%s",\
         "type": "statement", "countries": ["MX"], "topics": [], "corroboration": "single-source",\
         "actors": [{"id": "%s", "role": "perpetrator"}]}"""
        .formatted(id, title, summary, date, actor);
  }
}
