-- The built-in controlled vocabularies. They are data: a bundle import or a later migration
-- adds terms without a code change. Topics have no built-in terms; data sets define theirs.

INSERT INTO event_type (code, label, description) VALUES
  ('contract', 'Contract', 'A contract, purchase or licence between parties.'),
  ('data-breach', 'Data breach', 'Personal data exposed, leaked or offered for sale.'),
  ('lawsuit', 'Lawsuit', 'A legal action, injunction or court case.'),
  ('statement', 'Statement', 'A public statement, press conference or communique.'),
  ('publication', 'Publication', 'A report, article or official publication whose content is itself a fact.'),
  ('investigation', 'Investigation', 'An official or journalistic investigation.'),
  ('legislation', 'Legislation', 'A law, regulation or official rule.'),
  ('policy', 'Policy', 'A government policy, programme or institutional arrangement.'),
  ('surveillance', 'Surveillance', 'Surveillance or targeting of people.'),
  ('arrest', 'Arrest', 'An arrest or detention.'),
  ('report', 'Report', 'A report of a situation by a source.'),
  ('statistic', 'Statistic', 'Figures describing a situation at a point in time.');

INSERT INTO actor_role (code, label, description) VALUES
  ('buyer', 'Buyer', 'Bought or contracted for something.'),
  ('seller', 'Seller', 'Sold or offered something.'),
  ('target', 'Target', 'Was targeted.'),
  ('victim', 'Victim', 'Suffered harm or loss.'),
  ('perpetrator', 'Perpetrator', 'Carried out the act.'),
  ('authority', 'Authority', 'Acted as the responsible authority.'),
  ('reporter', 'Reporter', 'Reported or stated the fact.'),
  ('investigator', 'Investigator', 'Investigated the fact.'),
  ('subject', 'Subject', 'The fact is about this actor.');

INSERT INTO actor_type (code, label, description) VALUES
  ('government-body', 'Government body', 'A ministry, agency, court or other state body.'),
  ('company', 'Company', 'A private or state-owned company.'),
  ('ngo', 'NGO', 'A non-governmental organisation.'),
  ('news-outlet', 'News outlet', 'A newspaper, broadcaster, news site or media consortium.'),
  ('person', 'Person', 'A natural person.'),
  ('criminal-group', 'Criminal group', 'A cartel, gang or other criminal organisation.'),
  ('international-body', 'International body', 'An intergovernmental or international organisation.'),
  ('information-system', 'Information system', 'A database, registry or information platform.');

INSERT INTO source_type (code, label, description) VALUES
  ('government', 'Government', 'Published by a government or state body.'),
  ('news', 'News', 'Published by a news outlet.'),
  ('ngo', 'NGO', 'Published by a non-governmental organisation.'),
  ('academic', 'Academic', 'Academic research.'),
  ('legal', 'Legal', 'Law firms, legal databases and court documents.'),
  ('international-org', 'International organisation', 'Published by an international organisation.');

INSERT INTO relation_kind (code, label, description) VALUES
  ('part-of', 'Part of', 'The event is part of the related event.'),
  ('follows', 'Follows', 'The event follows from the related event.'),
  ('responds-to', 'Responds to', 'The event is a response to the related event.'),
  ('investigates', 'Investigates', 'The event investigates the related event.'),
  ('reports-on', 'Reports on', 'The event reports on the related event.');
