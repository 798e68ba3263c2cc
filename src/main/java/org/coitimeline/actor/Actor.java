package org.coitimeline.actor;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.coitimeline.kernel.Aggregate;
import org.hibernate.envers.Audited;

/** A government body, company, NGO, outlet, person, group or information system. */
@Entity
@Audited
@Table(name = "actor")
public class Actor extends Aggregate {
  @Column(nullable = false, length = 300)
  public String name;

  @Column(name = "original_name", length = 300)
  public String originalName;

  @Column(length = 40)
  public String acronym;

  @Column(name = "type_code", nullable = false, length = 40)
  public String typeCode;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  public Actor parent;

  @Column(length = 2000)
  public String description;

  @ElementCollection
  @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
  @Column(name = "alias", length = 300)
  public Set<String> aliases = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "actor_country", joinColumns = @JoinColumn(name = "actor_id"))
  @Column(name = "country", length = 2)
  public Set<String> countries = new LinkedHashSet<>();

  /** A private person at risk: anonymous readers see only the pseudonym. */
  @Column(name = "protected_person", nullable = false)
  public boolean protectedPerson;

  /** The pseudonym's number, given when the actor is first protected and never changed. */
  @Column(name = "pseudonym")
  public Integer pseudonym;
}
