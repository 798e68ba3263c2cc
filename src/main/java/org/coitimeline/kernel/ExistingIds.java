package org.coitimeline.kernel;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ids of live records a set of inputs may refer to, read in one query per kind before the
 * inputs are checked, so that checking references costs no query per reference.
 */
public final class ExistingIds {
  private final Map<RecordKind, Set<String>> ids = new EnumMap<>(RecordKind.class);

  public ExistingIds add(RecordKind kind, Collection<String> existing) {
    ids.computeIfAbsent(kind, k -> new HashSet<>()).addAll(existing);
    return this;
  }

  public ExistingIds addAll(ExistingIds other) {
    other.ids.forEach(this::add);
    return this;
  }

  public boolean has(RecordKind kind, String id) {
    return id != null && ids.getOrDefault(kind, Set.of()).contains(id);
  }

  /** Ids wanted per kind, collected from inputs before {@code AggregateRepository#existing}. */
  public static final class Wanted {
    private final Map<RecordKind, Set<String>> ids = new EnumMap<>(RecordKind.class);

    public Wanted add(RecordKind kind, String id) {
      if (id != null) {
        ids.computeIfAbsent(kind, k -> new HashSet<>()).add(id);
      }
      return this;
    }

    public Map<RecordKind, Set<String>> byKind() {
      return ids;
    }
  }
}
