-- The relation kind that marks two event records as one fact (issue 14, possible duplicates).
-- It is symmetric in meaning: recorded once, on either event (usually the later record names the
-- earlier one), it says both records report the same fact, so that counts and readers treat them as
-- one. Like every relation it is stored on the event that names it; the duplicate check on writes
-- never reports two events already linked by same-as, in either direction.
INSERT INTO relation_kind (code, label, description) VALUES
  ('same-as', 'Same as',
   'The event and the related event are two records of the same fact (symmetric: recorded once, on either record).');
