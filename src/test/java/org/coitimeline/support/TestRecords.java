package org.coitimeline.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Actors and sources as JSON values with the fields that {@link TestBundle} fixes (type, countries,
 * author, title), to change with {@code put} and add to a bundle it built. Use ids from {@link
 * TestBundle#id} so they stay unique.
 */
public final class TestRecords {
  private TestRecords() {}

  public static Map<String, Object> actor(
      String id, String name, String type, List<String> countries, String... aliases) {
    return TestBundle.fields(
        "id",
        id,
        "name",
        name,
        "aliases",
        List.of(aliases),
        "type",
        type,
        "countries",
        countries,
        "description",
        "Test actor " + name);
  }

  public static Map<String, Object> source(
      String id, String citation, String author, String title, String type) {
    return TestBundle.fields(
        "id",
        id,
        "citation",
        citation,
        "author",
        author,
        "title",
        title,
        "titleQuoted",
        true,
        "published",
        "2021-01-26",
        "publishedInferred",
        false,
        "url",
        "https://example.org/" + id,
        "accessed",
        "2021-08-24",
        "language",
        "es",
        "type",
        type,
        "inReferenceList",
        true);
  }

  /** The bundle with these actors and sources added after its own. */
  public static Map<String, Object> with(
      Map<String, Object> bundle,
      List<Map<String, Object>> actors,
      List<Map<String, Object>> sources) {
    Map<String, Object> copy = TestBundle.fields();
    copy.putAll(bundle);
    copy.put("actors", concat(bundle.get("actors"), actors));
    copy.put("sources", concat(bundle.get("sources"), sources));
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> concat(Object first, List<Map<String, Object>> then) {
    List<Map<String, Object>> all = new ArrayList<>((List<Map<String, Object>>) first);
    all.addAll(then);
    return all;
  }
}
