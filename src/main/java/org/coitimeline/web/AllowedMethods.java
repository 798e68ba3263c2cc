package org.coitimeline.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers a method that a path of the API does not have (TRACE, CONNECT, DELETE on a collection,
 * ...) with a 405 problem and the {@code Allow} header, before authentication: the methods of each
 * path are read once from the JAX-RS resources, so the header always says what the API serves.
 */
@ApplicationScoped
public class AllowedMethods {
  private static final List<String> ORDER =
      List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
  private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}");

  @Inject BeanManager beans;

  private List<Template> templates;

  void register(@Observes Router router) {
    templates = templates();
    router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(this::check);
  }

  private void check(RoutingContext context) {
    String path = context.normalizedPath();
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    Template template = null;
    for (Template candidate : templates) {
      if (candidate.pattern().matcher(path).matches()) {
        template = candidate;
        break;
      }
    }
    String method = context.request().method().name();
    if (template == null || template.allow().contains(method)) {
      context.next();
      return;
    }
    context.response().putHeader("Allow", String.join(", ", template.allow()));
    ProblemType.METHOD_NOT_ALLOWED.send(
        context, "This resource answers only " + String.join(", ", template.allow()) + ".");
  }

  /** The API's path templates with their methods, the most literal first. */
  private List<Template> templates() {
    Map<String, Set<String>> methods = new LinkedHashMap<>();
    for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
      Class<?> type = bean.getBeanClass();
      Path root = type.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      for (Method m : type.getMethods()) {
        String http = httpMethod(m);
        if (http == null) {
          continue;
        }
        Path sub = m.getAnnotation(Path.class);
        String template = normalise(root.value() + "/" + (sub == null ? "" : sub.value()));
        Set<String> allowed =
            methods.computeIfAbsent(
                template, t -> new TreeSet<>(Comparator.comparingInt(AllowedMethods::rank)));
        allowed.add(http);
        if (http.equals("GET")) {
          allowed.add("HEAD");
        }
        allowed.add("OPTIONS");
      }
    }
    List<Template> result = new ArrayList<>();
    methods.forEach(
        (template, allowed) ->
            result.add(
                new Template(
                    pattern(template),
                    (int) VARIABLE.matcher(template).results().count(),
                    List.copyOf(allowed))));
    result.sort(Comparator.comparingInt(Template::variables));
    return List.copyOf(result);
  }

  private static int rank(String method) {
    int index = ORDER.indexOf(method);
    return index < 0 ? ORDER.size() : index;
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static String normalise(String path) {
    String joined = ("/" + path).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }

  private static Pattern pattern(String template) {
    StringBuilder regex = new StringBuilder();
    Matcher variable = VARIABLE.matcher(template);
    int last = 0;
    while (variable.find()) {
      regex.append(Pattern.quote(template.substring(last, variable.start()))).append("[^/]+");
      last = variable.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    return Pattern.compile(regex.toString());
  }

  private record Template(Pattern pattern, int variables, List<String> allow) {}
}
