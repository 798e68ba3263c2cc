package org.coitimeline.support.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the fuzz saw: responses per operation and status, and each distinct failure (operation,
 * status, what is wrong, which fields the request changed) with the smallest request that showed it
 * and how often it was seen.
 */
public final class Findings {
  /** What can be wrong with a response. */
  public enum Kind {
    SERVER_ERROR("5xx", true),
    ERROR_NOT_PROBLEM_JSON("error without application/problem+json", true),
    PROBLEM_STATUS_MISMATCH("problem status differs from the HTTP status", true),
    PROBLEM_LEAKS_INTERNALS("problem shows class names or a stack trace", true),
    UNDOCUMENTED_SUCCESS_TYPE("2xx with a content type the contract does not document", true),
    INVALID_SUCCESS_BODY("2xx whose JSON body does not parse", true),
    NO_ANSWER("no complete answer (timeout, connection closed, or body cut short)", true),
    UNDOCUMENTED_STATUS("status the contract does not document for the operation", false);

    final String label;
    final boolean fatal;

    Kind(String label, boolean fatal) {
      this.label = label;
      this.fatal = fatal;
    }
  }

  /** One distinct failure and its smallest reproduction. */
  public static final class Failure {
    final String key;
    final Kind kind;
    final ContractOperation operation;
    final int status;
    FuzzRequest request;
    String answer;
    long firstSeenAt;
    int count;

    Failure(String key, Kind kind, ContractOperation operation, int status) {
      this.key = key;
      this.kind = kind;
      this.operation = operation;
      this.status = status;
    }
  }

  private final Map<String, Failure> failures = new LinkedHashMap<>();
  private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
  private final Map<String, Long> millis = new TreeMap<>();
  private long requests;

  public void sent(ContractOperation operation, int status, long elapsedMillis) {
    requests++;
    statuses
        .computeIfAbsent(operation.toString(), o -> new TreeMap<>())
        .merge(status, 1, Integer::sum);
    millis.merge(operation.toString(), elapsedMillis, Long::sum);
  }

  public long requests() {
    return requests;
  }

  public int operationsCovered() {
    return statuses.size();
  }

  public void failed(Kind kind, FuzzRequest request, int status, String answer) {
    // A 5xx is told apart by the fields the request changed (each may have its own cause), or by
    // the malformed token that alone causes it; the other kinds by operation and status.
    String cause =
        request.role().equals("groups-object")
            ? "token with groups as an object"
            : request.mutations().stream()
                .map(m -> m.replaceAll("=.*", ""))
                .sorted()
                .distinct()
                .toList()
                .toString();
    String key =
        request.operation() + " " + status + " " + kind + (kind == Kind.SERVER_ERROR ? cause : "");
    Failure failure =
        failures.computeIfAbsent(key, k -> new Failure(k, kind, request.operation(), status));
    failure.count++;
    if (failure.request == null || request.size() < failure.request.size()) {
      failure.request = request;
      failure.answer = answer;
      failure.firstSeenAt = requests;
    }
  }

  public List<Failure> fatal() {
    return failures.values().stream().filter(f -> f.kind.fatal).toList();
  }

  /** A compact report: totals, statuses per operation, then each distinct failure. */
  public String report(long seed, double seconds) {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            "Contract fuzz: seed %d, %d requests in %.1f s over %d operations; %d distinct"
                + " failures (%d fatal)%n",
            seed, requests, seconds, statuses.size(), failures.size(), fatal().size()));
    text.append("Statuses per operation:\n");
    statuses.forEach(
        (op, counts) ->
            text.append(
                String.format("  %s %s, %d ms in all%n", op, counts, millis.getOrDefault(op, 0L))));
    List<Failure> sorted = new ArrayList<>(failures.values());
    sorted.sort(
        Comparator.comparing((Failure f) -> !f.kind.fatal)
            .thenComparing(f -> f.operation.toString())
            .thenComparing(f -> f.status));
    int n = 0;
    for (Failure failure : sorted) {
      if (failure.kind.fatal) {
        text.append(
            String.format(
                "%n%d. %s -> %d: %s (seen %d times)%n   %s%n   answer: %s%n",
                ++n,
                failure.operation,
                failure.status,
                failure.kind.label,
                failure.count,
                failure.request.describe(),
                failure.answer));
      } else {
        text.append(
            String.format(
                "%n(warning) %s -> %d: %s (seen %d times), e.g. %s %s",
                failure.operation,
                failure.status,
                failure.kind.label,
                failure.count,
                failure.request.role(),
                FuzzRequest.printable(failure.request.target(), 160)));
      }
    }
    return text.toString();
  }
}
