package org.coitimeline.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who reads: whether the caller may see protected people (a token with the reader, editor or admin
 * role) or gets their pseudonyms (anonymous, or a token without those roles). A token that fails to
 * authenticate on a read counts as anonymous, the safe side.
 */
@RequestScoped
public class Viewer {
  @Inject CurrentIdentityAssociation identity;

  private Boolean seesProtectedPeople;

  public boolean seesProtectedPeople() {
    if (seesProtectedPeople == null) {
      seesProtectedPeople = privileged();
    }
    return seesProtectedPeople;
  }

  private boolean privileged() {
    SecurityIdentity who;
    try {
      who = identity.getIdentity();
    } catch (AuthenticationFailedException | io.quarkus.security.UnauthorizedException e) {
      return false;
    }
    return who != null
        && !who.isAnonymous()
        && (who.hasRole(Roles.READER) || who.hasRole(Roles.EDITOR) || who.hasRole(Roles.ADMIN));
  }
}
