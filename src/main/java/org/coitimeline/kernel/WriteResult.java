package org.coitimeline.kernel;

/** What one write did to one record. */
public record WriteResult(RecordKind kind, String id, Action action) {
  /** Created, updated, or left alone because it already held exactly the input. */
  public enum Action {
    CREATED,
    UPDATED,
    UNCHANGED;

    /** The action as reports name it: {@code created}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Created when nothing was stored under the id, else updated. */
  public static WriteResult written(RecordKind kind, String id, boolean created) {
    return new WriteResult(kind, id, created ? Action.CREATED : Action.UPDATED);
  }

  public static WriteResult unchanged(RecordKind kind, String id) {
    return new WriteResult(kind, id, Action.UNCHANGED);
  }
}
