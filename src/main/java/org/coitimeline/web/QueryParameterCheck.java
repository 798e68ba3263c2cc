package org.coitimeline.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.coitimeline.kernel.FieldError;
import org.coitimeline.kernel.InvalidInput;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects query parameters that the matched operation does not declare, so that a misspelt filter
 * ({@code ?contry=MX}) is a 400 naming it instead of a silently unfiltered answer.
 */
public class QueryParameterCheck {
  /**
   * A request property: the query parameters (a {@code List<String>}) that a pre-matching filter
   * has already taken care of, such as {@code format}, which becomes the Accept header.
   */
  public static final String MAPPED = "org.coitimeline.web.mapped-query-parameters";

  private final ConcurrentMap<Method, Set<String>> declared = new ConcurrentHashMap<>();

  @ServerRequestFilter
  public void rejectUnknownParameters(ContainerRequestContext request, ResourceInfo resource) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Set<String> allowed = declared.computeIfAbsent(method, QueryParameterCheck::declaredBy);
    if (request.getProperty(MAPPED) instanceof java.util.Collection<?> mapped) {
      allowed = new TreeSet<>(allowed);
      for (Object name : mapped) {
        allowed.add(String.valueOf(name));
      }
    }
    Set<String> known = allowed;
    var unknown =
        request.getUriInfo().getQueryParameters().keySet().stream()
            .filter(name -> !known.contains(name))
            .sorted()
            .map(
                name ->
                    new FieldError(
                        name,
                        "is not a parameter of this operation; allowed: "
                            + String.join(", ", known)))
            .toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInput(unknown);
    }
  }

  private static Set<String> declaredBy(Method method) {
    Set<String> names = new TreeSet<>();
    for (Parameter parameter : method.getParameters()) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      if (query != null) {
        names.add(query.value());
      }
      if (parameter.isAnnotationPresent(BeanParam.class)) {
        names.addAll(declaredBy(parameter.getType()));
      }
    }
    return names;
  }

  private static Set<String> declaredBy(Class<?> beanParam) {
    Set<String> names = new TreeSet<>();
    for (Class<?> c = beanParam; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        QueryParam query = field.getAnnotation(QueryParam.class);
        if (query != null) {
          names.add(query.value());
        }
        if (field.isAnnotationPresent(BeanParam.class)) {
          names.addAll(declaredBy(field.getType()));
        }
      }
    }
    return names.stream().collect(Collectors.toCollection(TreeSet::new));
  }
}
