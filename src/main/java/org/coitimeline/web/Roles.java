package org.coitimeline.web;

/**
 * The roles of the {@code groups} claim: readers read (when reads are private), editors create and
 * change, admins also delete and import.
 */
public final class Roles {
  public static final String READER = "reader";
  public static final String EDITOR = "editor";
  public static final String ADMIN = "admin";

  private Roles() {}
}
