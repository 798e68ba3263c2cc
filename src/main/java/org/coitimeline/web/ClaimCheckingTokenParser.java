package org.coitimeline.web;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * smallrye-jwt's token parser, except that a validly signed token whose claims have the wrong shape
 * (a {@code groups} object instead of a list of names, say) is an invalid token, so a 401, instead
 * of a ClassCastException and a 500.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class ClaimCheckingTokenParser extends JWTCallerPrincipalFactory {
  private final DefaultJWTCallerPrincipalFactory parser = new DefaultJWTCallerPrincipalFactory();

  @Override
  public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
    try {
      return parser.parse(token, context);
    } catch (RuntimeException e) {
      throw new ParseException("The token's claims do not have the expected types", e);
    }
  }
}
