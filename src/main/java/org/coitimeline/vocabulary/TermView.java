package org.coitimeline.vocabulary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.coitimeline.kernel.Slugs;

/** A vocabulary term as the API shows it and as a bundle carries it. */
public record TermView(
    @NotBlank @Size(max = 40) @Pattern(regexp = Slugs.PATTERN) String code,
    @NotBlank @Size(max = 200) String label,
    @Size(max = 1000) String description) {}
