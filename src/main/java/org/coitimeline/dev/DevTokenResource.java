package org.coitimeline.dev;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Set;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.web.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Local development only: signs a short-lived token with the dev key pair (src/main/dev/jwt). Built
 * into dev mode alone; the packaged service does not contain it.
 */
@IfBuildProfile("dev")
@Path("/dev/token")
public class DevTokenResource {
  @ConfigProperty(name = "mp.jwt.verify.issuer")
  String issuer;

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public String token(@QueryParam("role") String role, @QueryParam("subject") String subject) {
    String granted = role == null ? Roles.EDITOR : role;
    if (!Set.of(Roles.READER, Roles.EDITOR, Roles.ADMIN).contains(granted)) {
      throw InvalidInput.of("role", "must be reader, editor or admin");
    }
    return Jwt.issuer(issuer)
        .subject(subject == null ? "dev-" + granted : subject)
        .groups(granted)
        .expiresIn(Duration.ofHours(8))
        .sign();
  }
}
